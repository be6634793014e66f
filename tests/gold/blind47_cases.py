"""Blind gold set 47: short news articles from many places, written blind.

Wire copy with datelines and local papers from several countries, with
curly double quotes, straight quotes and British single quotes, and the
usual range of attribution (before, after and inside a quote, pronouns,
later short mentions, "according to", indirect speech, partial quotes,
quotes running over a paragraph break). Scare quotes, nicknames and
titles in marks are not annotated. See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind47-ap-primary", """Former mayor edges state senator in Minnesota primary for open House seat

DULUTH, Minn. (AP) — Former Duluth Mayor Karen Lindqvist-Ortiz narrowly won the Democratic primary for an open congressional seat in northeastern Minnesota on Tuesday, beating state Sen. Thomas R. Haugen by fewer than 2,000 votes.

With nearly all precincts reporting, unofficial results gave Lindqvist-Ortiz 48.6% of the vote to Haugen's 46.1%. A third candidate, union organizer Daniel Whitebird, trailed far behind.

"This district has always voted for people who show up, and we showed up in every town on the Range," Lindqvist-Ortiz told supporters at a union hall in Duluth shortly after midnight. "Now the real work starts."

Haugen did not concede. In a brief statement, his campaign said the race was "too close to call" and that it would wait for absentee ballots from St. Louis and Lake counties to be counted.

"We owe it to every voter to make sure their ballot is counted," said Haugen's campaign manager, Priya Venkataraman. She said the campaign had not ruled out asking for a recount, which state law allows when the margin is under half a percentage point.

The seat opened up when Rep. Walter Beaudry announced in February that he would retire after six terms. Beaudry, who endorsed no one, said Tuesday that both candidates had run "a clean, serious race."

Republicans nominated mining executive Craig Pettersen, who ran unopposed. Pettersen has made copper-nickel mining the center of his campaign, and he told The Associated Press last month that Democrats "have spent a decade saying no to jobs up here."

Turnout was higher than in the 2022 primary, the secretary of state's office said, with more than 140,000 ballots cast in the district.

Some voters said the mining question decided their vote. "My dad worked at the taconite plant for 31 years," said Renee Malmstrom, 58, a retired nurse from Virginia, Minnesota. "I want somebody who understands that, and I think she does."

Others were less sure. A Haugen supporter in Two Harbors, who asked that his name not be used because he works for the county, said he worried the party had picked "the candidate from the city."

The general election is Nov. 5.""", [
        Q('"This district has always voted for people who show up, and we showed up in every town on the Range,"',
          "direct", "Lindqvist-Ortiz", "Karen Lindqvist-Ortiz", speaker_at="Lindqvist-Ortiz told"),
        Q('"Now the real work starts."', "direct", "Lindqvist-Ortiz", "Karen Lindqvist-Ortiz",
          speaker_at="Lindqvist-Ortiz told"),
        Q('"too close to call"', "partial", "his campaign", None, speaker_at="his campaign said"),
        Q("that it would wait for absentee ballots from St. Louis and Lake counties to be counted", "indirect",
          "his campaign", None, speaker_at="his campaign said"),
        Q('"We owe it to every voter to make sure their ballot is counted,"', "direct", "Priya Venkataraman",
          "Priya Venkataraman"),
        Q("the campaign had not ruled out asking for a recount", "indirect", "She", "Priya Venkataraman",
          speaker_at="She said the campaign"),
        Q("that he would retire after six terms", "indirect", "Walter Beaudry", "Walter Beaudry"),
        Q('"a clean, serious race."', "partial", "Beaudry", "Walter Beaudry", speaker_at="Beaudry, who endorsed"),
        Q('"have spent a decade saying no to jobs up here."', "partial", "he", "Craig Pettersen",
          speaker_at="he told The Associated Press"),
        Q("Turnout was higher than in the 2022 primary", "indirect", "the secretary of state's office", None),
        Q("the mining question decided their vote", "indirect", "Some voters", None),
        Q('"My dad worked at the taconite plant for 31 years,"', "direct", "Renee Malmstrom", "Renee Malmstrom"),
        Q('"I want somebody who understands that, and I think she does."', "direct", "Renee Malmstrom",
          "Renee Malmstrom"),
        Q('"the candidate from the city."', "partial", "A Haugen supporter in Two Harbors", None),
    ], source="blind"),
    Case("blind47-afp-heatwave", """Karachi hospitals overwhelmed as heatwave death toll climbs

KARACHI (AFP) - Hospitals in Pakistan’s largest city struggled to cope on Wednesday as a heatwave pushed temperatures above 44 degrees Celsius for a fifth straight day, and the country’s biggest volunteer ambulance service said its morgues were full.

The Aman Welfare Trust said it had collected 127 bodies from the streets and homes of Karachi since Saturday, many of them labourers and homeless people.

“Our cold storage is completely full. In one week we have never seen anything like this,” Muhammad Bilal Qureshi, who runs the trust’s ambulance network, told AFP by telephone.

Provincial health officials said heatstroke had been confirmed as the cause in only 18 deaths, and that the rest were still under investigation.

At the Civil Hospital, the head of emergency medicine, Dr Nausheen Abbasi-Rizvi, said most patients were daily-wage workers who could not afford to stay indoors.

“They come in with body temperatures of 42, 43 degrees, confused, some of them unconscious,” she said. “By the time they reach us, it is often too late.”

She said the hospital had set up an extra ward with ice baths, and appealed to the public to donate water coolers.

The Pakistan Meteorological Department (PMD) warned that the heat would persist until at least Sunday, when a sea breeze is expected to bring some relief.

“The humidity is making it feel much hotter than what the thermometer shows,” PMD forecaster Rao Tariq Mehmood told AFP.

Power cuts have made matters worse. Residents of the Lyari and Orangi neighbourhoods said electricity had been off for up to 12 hours a day, leaving fans and water pumps useless.

“We sleep on the roof, but even at three in the morning it is like an oven,” said Gul Bibi, a 60-year-old widow in Orangi.

The city’s private power supplier, K-Electric, said in a statement that outages were limited to areas with high rates of electricity theft, and that hospitals were exempt.

Karachi’s much-publicised “heatwave management plan”, drawn up after more than 1,200 people died in a 2015 heatwave, was activated on Monday.

According to the Provincial Disaster Management Authority (PDMA), 2,300 water points have been set up across the city.""", [
        Q("its morgues were full", "indirect", "the country’s biggest volunteer ambulance service",
          "Aman Welfare Trust"),
        Q("it had collected 127 bodies from the streets and homes of Karachi since Saturday", "indirect",
          "The Aman Welfare Trust", "Aman Welfare Trust"),
        Q("“Our cold storage is completely full. In one week we have never seen anything like this,”", "direct",
          "Muhammad Bilal Qureshi", "Muhammad Bilal Qureshi"),
        Q("heatstroke had been confirmed as the cause in only 18 deaths, and that the rest were still under "
          "investigation", "indirect", "Provincial health officials", None),
        Q("most patients were daily-wage workers who could not afford to stay indoors", "indirect",
          "Nausheen Abbasi-Rizvi", "Nausheen Abbasi-Rizvi"),
        Q("“They come in with body temperatures of 42, 43 degrees, confused, some of them unconscious,”", "direct",
          "she", "Nausheen Abbasi-Rizvi", speaker_at="she said. “By"),
        Q("“By the time they reach us, it is often too late.”", "direct", "she", "Nausheen Abbasi-Rizvi",
          speaker_at="she said. “By"),
        Q("the hospital had set up an extra ward with ice baths", "indirect", "She", "Nausheen Abbasi-Rizvi",
          speaker_at="She said the hospital"),
        Q("the heat would persist until at least Sunday, when a sea breeze is expected to bring some relief",
          "indirect", "The Pakistan Meteorological Department", "Pakistan Meteorological Department"),
        Q("“The humidity is making it feel much hotter than what the thermometer shows,”", "direct",
          "Rao Tariq Mehmood", "Rao Tariq Mehmood"),
        Q("electricity had been off for up to 12 hours a day", "indirect",
          "Residents of the Lyari and Orangi neighbourhoods", None),
        Q("“We sleep on the roof, but even at three in the morning it is like an oven,”", "direct", "Gul Bibi",
          "Gul Bibi"),
        Q("outages were limited to areas with high rates of electricity theft, and that hospitals were exempt",
          "indirect", "K-Electric", "K-Electric"),
        Q("2,300 water points have been set up across the city", "indirect",
          "the Provincial Disaster Management Authority", "Provincial Disaster Management Authority"),
    ], source="blind"),
    Case("blind47-bath-theft", """Carer stole £38,000 from woman with dementia, jury told

Prosecutors say a carer stole more than £38,000 from an 89-year-old woman with dementia while looking after her at her home in Larkhall.

Joanne Pickett-Hale, 46, of Twerton, denies ten counts of theft and one of fraud by abuse of position. She was employed through an agency as the pensioner’s ‘companion carer’ between 2021 and 2023.

Opening the case at Bristol Crown Court on Monday, prosecutor Rupert Ashdown-Lowe told the jury the defendant had been given a bank card ‘to buy groceries and nothing else’.

Mr Ashdown-Lowe said: ‘Over a period of 14 months, the defendant helped herself. She withdrew cash, she bought a television, she paid her own council tax.

‘When the family finally looked at the bank statements, they were horrified.’

The victim, retired music teacher Margaret Ellery, died last year and was not able to give evidence.

Her son, David Ellery, told the court he had become suspicious when his mother’s bank wrote to say her account was overdrawn for the first time in her life.

Mr Ellery said his mother had ‘adored’ the defendant and regarded her ‘almost as a daughter’.

‘Mum would have given her anything if she had asked,’ he said. ‘That is what makes this so hard.’

Under cross-examination by defence barrister Nkechi Obi-Wallace, Mr Ellery accepted that his mother had sometimes asked the defendant to withdraw cash for her.

Ms Obi-Wallace told the jury her client would say the money had been a gift.

‘This is a case about a friendship, not a theft,’ she said. ‘Mrs Ellery was a generous woman, and she liked to treat the people around her.’

Recorder Jane Whitcombe-Hayes told jurors the trial was expected to last four days.

The trial continues.""", [
        Q("a carer stole more than £38,000 from an 89-year-old woman with dementia while looking after her at her "
          "home in Larkhall", "indirect", "Prosecutors", None),
        Q("‘to buy groceries and nothing else’", "partial", "Rupert Ashdown-Lowe", "Rupert Ashdown-Lowe"),
        Q("‘Over a period of 14 months, the defendant helped herself. She withdrew cash, she bought a television, "
          "she paid her own council tax.", "direct", "Ashdown-Lowe", "Rupert Ashdown-Lowe",
          speaker_at="Mr Ashdown-Lowe said"),
        Q("‘When the family finally looked at the bank statements, they were horrified.’", "direct",
          "Ashdown-Lowe", "Rupert Ashdown-Lowe", speaker_at="Mr Ashdown-Lowe said"),
        Q("he had become suspicious when his mother’s bank wrote to say her account was overdrawn for the first "
          "time in her life", "indirect", "David Ellery", "David Ellery"),
        Q("‘adored’", "partial", "Ellery", "David Ellery", speaker_at="Mr Ellery said"),
        Q("‘almost as a daughter’", "partial", "Ellery", "David Ellery", speaker_at="Mr Ellery said"),
        Q("‘Mum would have given her anything if she had asked,’", "direct", "he", "David Ellery",
          speaker_at="he said. ‘That"),
        Q("‘That is what makes this so hard.’", "direct", "he", "David Ellery", speaker_at="he said. ‘That"),
        Q("his mother had sometimes asked the defendant to withdraw cash for her", "indirect", "Ellery",
          "David Ellery", speaker_at="Mr Ellery accepted"),
        Q("her client would say the money had been a gift", "indirect", "Obi-Wallace", "Nkechi Obi-Wallace",
          speaker_at="Ms Obi-Wallace told"),
        Q("‘This is a case about a friendship, not a theft,’", "direct", "she", "Nkechi Obi-Wallace",
          speaker_at="she said. ‘Mrs"),
        Q("‘Mrs Ellery was a generous woman, and she liked to treat the people around her.’", "direct", "she",
          "Nkechi Obi-Wallace", speaker_at="she said. ‘Mrs"),
        Q("the trial was expected to last four days", "indirect", "Jane Whitcombe-Hayes", "Jane Whitcombe-Hayes"),
    ], source="blind"),
    Case("blind47-oban-ferry", """Islanders fume as ferry fares rise by nine per cent

Islanders on Mull, Coll and Tiree have reacted with fury after it emerged that ferry fares on west coast routes will rise by nine per cent from April, the biggest increase in more than a decade.

Transport Scotland confirmed the rise on Tuesday, saying it was needed to cover ‘significant increases in fuel and staffing costs’ across the Clyde and Hebrides network run by Caledonian MacBrayne.

According to CalMac, more than 5.4 million passengers travelled on its ferries last year, a figure that has yet to return to pre-pandemic levels.

Iain MacInnes-Kerr, chairman of the Mull and Iona Ferry Committee, said the increase would be ‘a hammer blow’ for island businesses already reeling from a winter of cancellations.

‘We had forty-odd days last winter when the Craignure boat did not sail, and now we are being asked to pay more for a service that does not turn up,’ he said. ‘People here feel they are being taken for granted.’

The so-called ‘ferry fiasco’ over the late delivery of two new vessels, the Glen Sannox and the Glen Rosa, has dominated island politics for years.

Councillor Màiri NicLeòid, who represents Oban South and the Isles on Argyll and Bute Council, told The Oban Times she would raise the matter at the council’s next meeting.

She added: ‘Road Equivalent Tariff was supposed to make the ferries affordable for islanders. A nine per cent jump in one go drives a coach and horses through that promise.’

A CalMac spokesperson said fares were set by the Scottish Government and not by the operator.

A Scottish Government spokesman said ministers had ‘listened carefully’ to island communities, and that fares would remain well below their level before the tariff was introduced.

On Tiree, where the tourist season is only weeks away, bed-and-breakfast owner Ealasaid MacArthur was blunt. ‘Every visitor who decides Tiree is too dear is money lost to the island,’ she said. ‘We can’t afford that.’

The new fares take effect on 1 April.""", [
        Q("‘significant increases in fuel and staffing costs’", "partial", "Transport Scotland", "Transport Scotland"),
        Q("more than 5.4 million passengers travelled on its ferries last year", "indirect", "CalMac",
          "Caledonian MacBrayne", speaker_at="According to CalMac"),
        Q("‘a hammer blow’", "partial", "Iain MacInnes-Kerr", "Iain MacInnes-Kerr"),
        Q("‘We had forty-odd days last winter when the Craignure boat did not sail, and now we are being asked to "
          "pay more for a service that does not turn up,’", "direct", "he", "Iain MacInnes-Kerr",
          speaker_at="he said. ‘People"),
        Q("‘People here feel they are being taken for granted.’", "direct", "he", "Iain MacInnes-Kerr",
          speaker_at="he said. ‘People"),
        Q("she would raise the matter at the council’s next meeting", "indirect", "Màiri NicLeòid",
          "Màiri NicLeòid"),
        Q("‘Road Equivalent Tariff was supposed to make the ferries affordable for islanders. A nine per cent jump "
          "in one go drives a coach and horses through that promise.’", "direct", "She", "Màiri NicLeòid",
          speaker_at="She added"),
        Q("fares were set by the Scottish Government and not by the operator", "indirect", "A CalMac spokesperson",
          None),
        Q("‘listened carefully’", "partial", "A Scottish Government spokesman", None),
        Q("fares would remain well below their level before the tariff was introduced", "indirect",
          "A Scottish Government spokesman", None),
        Q("‘Every visitor who decides Tiree is too dear is money lost to the island,’", "direct", "she",
          "Ealasaid MacArthur", speaker_at="she said. ‘We"),
        Q("‘We can’t afford that.’", "direct", "she", "Ealasaid MacArthur", speaker_at="she said. ‘We"),
    ], source="blind"),
    Case("blind47-kilkenny-football", """Mooncoin hold off Thomastown to reach junior final

Mooncoin 1-11 Thomastown 1-9

Mooncoin booked their place in the county junior football final with a hard-fought two-point win over Thomastown at UPMC Nowlan Park on Sunday.

A first-half goal from corner-forward Éanna Ó Ceallaigh gave the south Kilkenny side a lead they never surrendered, although Thomastown set up a nervy finish when substitute Darragh Mac Giolla Phádraig fired to the net in the 56th minute.

“We knew they’d come at us,” said Mooncoin manager Mick Delahunty. “Thomastown don’t lie down, they never have. But the lads dug in and I’m very proud of them.”

Delahunty singled out full-back Tomás Brennan for praise, saying the 19-year-old had been “outstanding under the high ball”. Brennan was later named “Man of the Match” by KCLR 96FM.

Ó Ceallaigh, who also kicked four points from play, played down his own contribution. “The goal was a bit of luck, to be honest. I was going for a point,” he told the Kilkenny People.

The sides were level at 0-4 apiece after 20 minutes before Ó Ceallaigh’s goal, a looping shot that dropped over goalkeeper Seán Ryan, put Mooncoin 1-6 to 0-5 ahead at the break.

Thomastown manager Liam O’Keeffe-Walsh was left to rue a string of missed chances. He said his side had kicked 11 wides, “and you won’t win a semi-final doing that”.

“I thought we were the better team for 20 minutes of the second half,” O’Keeffe-Walsh added, “but fair play to Mooncoin, they took their chances and we didn’t.”

The final is pencilled in for Sunday, October 13, according to county board secretary Ger Tierney-Hogan, who said a venue would be confirmed next week.

Mooncoin will face either Erin’s Own or Blacks and Whites, who meet in the second semi-final in Callan on Saturday evening.""", [
        Q("“We knew they’d come at us,”", "direct", "Mick Delahunty", "Mick Delahunty"),
        Q("“Thomastown don’t lie down, they never have. But the lads dug in and I’m very proud of them.”", "direct",
          "Mick Delahunty", "Mick Delahunty"),
        Q("“outstanding under the high ball”", "partial", "Delahunty", "Mick Delahunty",
          speaker_at="Delahunty singled out"),
        Q("“The goal was a bit of luck, to be honest. I was going for a point,”", "direct", "he",
          "Éanna Ó Ceallaigh", speaker_at="he told the Kilkenny People"),
        Q("his side had kicked 11 wides", "indirect", "He", "Liam O’Keeffe-Walsh", speaker_at="He said his side"),
        Q("“and you won’t win a semi-final doing that”", "partial", "He", "Liam O’Keeffe-Walsh",
          speaker_at="He said his side"),
        Q("“I thought we were the better team for 20 minutes of the second half,”", "direct", "O’Keeffe-Walsh",
          "Liam O’Keeffe-Walsh", speaker_at="O’Keeffe-Walsh added"),
        Q("“but fair play to Mooncoin, they took their chances and we didn’t.”", "direct", "O’Keeffe-Walsh",
          "Liam O’Keeffe-Walsh", speaker_at="O’Keeffe-Walsh added"),
        Q("The final is pencilled in for Sunday, October 13", "indirect", "Ger Tierney-Hogan", "Ger Tierney-Hogan"),
        Q("a venue would be confirmed next week", "indirect", "Ger Tierney-Hogan", "Ger Tierney-Hogan"),
    ], source="blind"),
    Case("blind47-bendigo-obit", """Eaglehawk farewells much-loved science teacher

Hendrik “Henk” van der Berg, who taught science and coached cricket at Eaglehawk Secondary College for 34 years, has died aged 81.

Born in Utrecht in 1943, Mr van der Berg migrated to Australia with his parents at the age of nine and grew up on a dairy farm near Kyabram.

His daughter, Anneke van der Berg-Collins, said her father died peacefully at Bendigo Hospital on Friday with his family around him.

“Dad never really stopped teaching,” she said. “Even last week he was explaining to the nurses how the drip worked.”

Eaglehawk Secondary College principal Dr Rachel Nguyen-Thompson, who was taught chemistry by Mr van der Berg in the 1990s, described him as “the kind of teacher you remember for the rest of your life”.

“He had this way of making a Year 9 class go completely silent just by holding up a beaker,” Dr Nguyen-Thompson said. “He was strict, but he was fair, and every kid knew he was on their side.”

The school will lower its flag to half-mast this week and hold a short assembly in his honour on Friday, she said.

Mr van der Berg was also a life member of the Eaglehawk Cricket Club, where he coached junior teams for more than four decades.

Club president Sanjeev Raghunathan said players would wear black armbands in Saturday’s match against Strathdale. He said Mr van der Berg had coached “at least three generations” of Eaglehawk cricketers.

“Half the blokes in our A-grade side learned to hold a bat because of Henk,” Raghunathan said.

Retired English teacher Margaret O’Loughlin, who worked alongside him for 25 years, told the Bendigo Advertiser that he had started the school’s annual “Science in the Bush” camp in 1978.

“Henk believed every child could do science if you got them outside and let them get their hands dirty,” Ms O’Loughlin said.

According to the college, more than 2,000 students attended the camp before it was discontinued in 2012.

Mr van der Berg is survived by his wife of 56 years, Joy, three children and seven grandchildren.

A funeral service will be held at St Liborius Church, Eaglehawk, on Thursday at 11am.""", [
        Q("her father died peacefully at Bendigo Hospital on Friday with his family around him", "indirect",
          "Anneke van der Berg-Collins", "Anneke van der Berg-Collins"),
        Q("“Dad never really stopped teaching,”", "direct", "she", "Anneke van der Berg-Collins",
          speaker_at="she said. “Even"),
        Q("“Even last week he was explaining to the nurses how the drip worked.”", "direct", "she",
          "Anneke van der Berg-Collins", speaker_at="she said. “Even"),
        Q("“the kind of teacher you remember for the rest of your life”", "partial", "Rachel Nguyen-Thompson",
          "Rachel Nguyen-Thompson"),
        Q("“He had this way of making a Year 9 class go completely silent just by holding up a beaker,”", "direct",
          "Nguyen-Thompson", "Rachel Nguyen-Thompson", speaker_at="Nguyen-Thompson said"),
        Q("“He was strict, but he was fair, and every kid knew he was on their side.”", "direct", "Nguyen-Thompson",
          "Rachel Nguyen-Thompson", speaker_at="Nguyen-Thompson said"),
        Q("The school will lower its flag to half-mast this week and hold a short assembly in his honour on Friday",
          "indirect", "she", "Rachel Nguyen-Thompson", speaker_at="Friday, she said"),
        Q("players would wear black armbands in Saturday’s match against Strathdale", "indirect",
          "Sanjeev Raghunathan", "Sanjeev Raghunathan"),
        Q("“at least three generations”", "partial", "He", "Sanjeev Raghunathan", speaker_at="He said Mr van der Berg"),
        Q("“Half the blokes in our A-grade side learned to hold a bat because of Henk,”", "direct", "Raghunathan",
          "Sanjeev Raghunathan", speaker_at="Henk,” Raghunathan said"),
        Q("he had started the school’s annual “Science in the Bush” camp in 1978", "indirect",
          "Margaret O’Loughlin", "Margaret O’Loughlin"),
        Q("“Henk believed every child could do science if you got them outside and let them get their hands dirty,”",
          "direct", "O’Loughlin", "Margaret O’Loughlin", speaker_at="O’Loughlin said"),
        Q("more than 2,000 students attended the camp before it was discontinued in 2012", "indirect", "the college",
          "Eaglehawk Secondary College"),
    ], source="blind"),
    Case("blind47-marlborough-hail", """Hail shreds Wairau vines days before harvest

A violent hailstorm that swept across the Wairau Valley on Tuesday afternoon has damaged hundreds of hectares of grapes just days before picking was due to start.

Wine Marlborough general manager Tamara Kerehoma-Leith said early reports suggested between 300 and 500 hectares had been hit, mostly around Renwick and Rapaura.

"Some growers have lost their whole crop in about ten minutes," she said. "It's heartbreaking, because this was shaping up to be one of the best vintages we've had."

MetService meteorologist Ngaio Pemberton said hailstones up to 2cm across had been reported, and described the storm as "a real localised brute" that had formed quickly over the Richmond Range.

Rapaura grower Pieter de Jong, whose family has grown grapes there since the 1980s, said his sauvignon blanc block looked "like someone had gone through it with a weed-eater".

"You work all year for six weeks of harvest, and then this," de Jong said. "The bunches are split open. Within a couple of days they'll be rotting on the vine."

Federated Farmers Marlborough president Karen Wiremu said most growers were insured, but warned that payouts could take months and that some smaller growers would struggle to pay seasonal workers in the meantime.

Organisers of the Renwick Harvest Festival, due to be held on Saturday week, said on Wednesday the event would go ahead "as a show of support for growers".

Festival committee chairman the Rev Tipene Hohaia, vicar of St Mary's in Renwick, said: "People need to be together at a time like this. The festival has never been about how big the crop is."

He said the committee would set up a collection for affected workers at the gate.

Our weekly "Vintage Watch" column will follow the harvest over the coming weeks.""", [
        Q("early reports suggested between 300 and 500 hectares had been hit, mostly around Renwick and Rapaura",
          "indirect", "Tamara Kerehoma-Leith", "Tamara Kerehoma-Leith"),
        Q('"Some growers have lost their whole crop in about ten minutes,"', "direct", "she", "Tamara Kerehoma-Leith",
          speaker_at='she said. "It'),
        Q('''"It's heartbreaking, because this was shaping up to be one of the best vintages we've had."''', "direct",
          "she", "Tamara Kerehoma-Leith", speaker_at='she said. "It'),
        Q("hailstones up to 2cm across had been reported", "indirect", "Ngaio Pemberton", "Ngaio Pemberton"),
        Q('"a real localised brute"', "partial", "Ngaio Pemberton", "Ngaio Pemberton"),
        Q('"like someone had gone through it with a weed-eater"', "partial", "Pieter de Jong", "Pieter de Jong"),
        Q('"You work all year for six weeks of harvest, and then this,"', "direct", "de Jong", "Pieter de Jong",
          speaker_at="de Jong said"),
        Q('''"The bunches are split open. Within a couple of days they'll be rotting on the vine."''', "direct",
          "de Jong", "Pieter de Jong", speaker_at="de Jong said"),
        Q("most growers were insured", "indirect", "Karen Wiremu", "Karen Wiremu"),
        Q("payouts could take months and that some smaller growers would struggle to pay seasonal workers in the "
          "meantime", "indirect", "Karen Wiremu", "Karen Wiremu"),
        Q("the event would go ahead", "indirect", "Organisers of the Renwick Harvest Festival", None),
        Q('"as a show of support for growers"', "partial", "Organisers of the Renwick Harvest Festival", None),
        Q('"People need to be together at a time like this. The festival has never been about how big the crop is."',
          "direct", "Tipene Hohaia", "Tipene Hohaia"),
        Q("the committee would set up a collection for affected workers at the gate", "indirect", "He",
          "Tipene Hohaia", speaker_at="He said the committee"),
    ], source="blind"),
    Case("blind47-colonist-rowing", """Victoria crews sweep eights at national rowing championships

Victoria rowers won both the men’s and women’s eights at the Canadian Rowing Championships in St. Catharines, Ont., on the weekend, a result that underlines the strength of the national training centre at Elk Lake.

The women’s eight, racing in a shell named “Spirit of Saanich” and stroked by Saanich’s Mei-Ling Chow, crossed the line 1.8 seconds ahead of a University of British Columbia crew.

“We talked all week about having a big third 500, and that’s exactly where we broke them,” Chow said. “It’s the best piece we’ve rowed all year.”

The men’s eight had a tighter finish, holding off Western University by less than a second. Coxswain Rafael de la Torre, a third-year University of Victoria student, said the crew had been “hurting from about the 1,200-metre mark.”

“I just kept calling for one more stroke. They never said no,” de la Torre said.

Rowing Canada Aviron high-performance director Dr. Annelies Okonkwo-Brandt said several of the Victoria athletes would be invited to selection camps this winter ahead of next year’s world championships. RCA said in a statement that the camp lists would be published in November.

“It’s a reward for a lot of cold, dark mornings on the lake,” said Victoria City Rowing Club head coach Jonah Whitford, who has coached at Elk Lake since 2009.

He said the club’s new boathouse, which opened in the spring, had “changed everything” for its junior program, which now has more than 80 athletes.

In other results, Oak Bay’s Tomasz Wiśniewski finished fourth in the men’s lightweight single, while the Victoria pair of Harjit Sandhu and Olivia Beaumont-Clarke won bronze in the women’s double.

“To be on the podium in our first nationals together is pretty special,” Sandhu said, adding that the pair would now target the Royal Canadian Henley in August.""", [
        Q("“We talked all week about having a big third 500, and that’s exactly where we broke them,”", "direct",
          "Chow", "Mei-Ling Chow", speaker_at="Chow said"),
        Q("“It’s the best piece we’ve rowed all year.”", "direct", "Chow", "Mei-Ling Chow", speaker_at="Chow said"),
        Q("“hurting from about the 1,200-metre mark.”", "partial", "Rafael de la Torre", "Rafael de la Torre"),
        Q("“I just kept calling for one more stroke. They never said no,”", "direct", "de la Torre",
          "Rafael de la Torre", speaker_at="de la Torre said"),
        Q("several of the Victoria athletes would be invited to selection camps this winter ahead of next year’s "
          "world championships", "indirect", "Annelies Okonkwo-Brandt", "Annelies Okonkwo-Brandt"),
        Q("the camp lists would be published in November", "indirect", "RCA", "Rowing Canada Aviron"),
        Q("“It’s a reward for a lot of cold, dark mornings on the lake,”", "direct", "Jonah Whitford",
          "Jonah Whitford"),
        Q("“changed everything”", "partial", "He", "Jonah Whitford", speaker_at="He said the club"),
        Q("“To be on the podium in our first nationals together is pretty special,”", "direct", "Sandhu",
          "Harjit Sandhu", speaker_at="Sandhu said"),
        Q("the pair would now target the Royal Canadian Henley in August", "indirect", "Sandhu", "Harjit Sandhu",
          speaker_at="Sandhu said"),
    ], source="blind"),
    Case("blind47-standard-porters", """Kilimanjaro porters down loads in pay row

MOSHI: Hundreds of porters on Mount Kilimanjaro refused to carry loads yesterday, leaving dozens of climbing groups stranded at the Machame and Marangu gates as a long-running dispute over wages escalated.

The Kilimanjaro Porters Union (KPU) said more than 600 of its members had joined the strike, which it described as “indefinite”.

“A porter carries 20 kilogrammes up to 5,000 metres for 20,000 shillings a day, and some companies still pay less than that,” union chairman Emmanuel ole Mepukori told The Standard at Machame Gate. “We are not asking for luxury. We are asking for the minimum the government itself has set.”

Ole Mepukori said porters also wanted written contracts and proper sleeping gear on the mountain, where night temperatures fall well below freezing.

“Last season I slept in a tent with no mattress for six nights,” said Baraka, a 27-year-old porter from Machame village who gave only his first name.

Kilimanjaro National Park (KINAPA) chief warden Angela Nyaki-Massawe said park authorities were talking to both sides and that no climbers were in danger.

The Tanzania Association of Tour Operators (TATO) said in a statement that its members paid “well above” the statutory minimum and accused the union of “holding the tourism sector hostage” at the start of the high season.

Companies certified under the “Partner for Responsible Travel” programme, about a third of the operators on the mountain, were largely unaffected, according to the Kilimanjaro Porters Assistance Project.

At Machame Gate, a group of German climbers sat on their bags waiting for news.

“We have paid 3,000 dollars each and now we are sitting at the gate,” said Klaus-Dieter Vogel, 54, from Hamburg. He said their guide had told them the group might have to wait until Wednesday.

According to the Ministry of Natural Resources and Tourism, Kilimanjaro received more than 50,000 climbers last year, earning the government over 100 billion shillings in park fees.

Moshi district labour officer Mwanaisha Juma-Kombo said her office had summoned both the union and the operators to a meeting on Thursday. “Nobody wins if the mountain closes,” she said.""", [
        Q("more than 600 of its members had joined the strike", "indirect", "The Kilimanjaro Porters Union",
          "Kilimanjaro Porters Union"),
        Q("“indefinite”", "partial", "it", "Kilimanjaro Porters Union", speaker_at="which it described"),
        Q("“A porter carries 20 kilogrammes up to 5,000 metres for 20,000 shillings a day, and some companies still "
          "pay less than that,”", "direct", "Emmanuel ole Mepukori", "Emmanuel ole Mepukori"),
        Q("“We are not asking for luxury. We are asking for the minimum the government itself has set.”", "direct",
          "Emmanuel ole Mepukori", "Emmanuel ole Mepukori"),
        Q("porters also wanted written contracts and proper sleeping gear on the mountain", "indirect",
          "Ole Mepukori", "Emmanuel ole Mepukori"),
        Q("“Last season I slept in a tent with no mattress for six nights,”", "direct", "Baraka", "Baraka"),
        Q("park authorities were talking to both sides and that no climbers were in danger", "indirect",
          "Angela Nyaki-Massawe", "Angela Nyaki-Massawe"),
        Q("“well above”", "partial", "The Tanzania Association of Tour Operators",
          "Tanzania Association of Tour Operators"),
        Q("“holding the tourism sector hostage”", "partial", "The Tanzania Association of Tour Operators",
          "Tanzania Association of Tour Operators"),
        Q("Companies certified under the “Partner for Responsible Travel” programme, about a third of the operators "
          "on the mountain, were largely unaffected", "indirect", "the Kilimanjaro Porters Assistance Project",
          "Kilimanjaro Porters Assistance Project"),
        Q("“We have paid 3,000 dollars each and now we are sitting at the gate,”", "direct", "Klaus-Dieter Vogel",
          "Klaus-Dieter Vogel"),
        Q("their guide had told them the group might have to wait until Wednesday", "indirect", "He",
          "Klaus-Dieter Vogel", speaker_at="He said their guide"),
        Q("Kilimanjaro received more than 50,000 climbers last year, earning the government over 100 billion "
          "shillings in park fees", "indirect", "the Ministry of Natural Resources and Tourism",
          "Ministry of Natural Resources and Tourism"),
        Q("her office had summoned both the union and the operators to a meeting on Thursday", "indirect",
          "Mwanaisha Juma-Kombo", "Mwanaisha Juma-Kombo"),
        Q("“Nobody wins if the mountain closes,”", "direct", "she", "Mwanaisha Juma-Kombo", speaker_at="she said"),
    ], source="blind"),
    Case("blind47-sun-lecturers", """ASUU begins indefinite strike, accuses FG of bad faith

The Academic Staff Union of Universities (ASUU) has directed its members in all public universities to withdraw their services from Monday, accusing the Federal Government (FG) of failing to honour agreements reached with the union.

ASUU National President, Prof. Chukwuemeka Adeyemi-Okoro, who announced the decision at a press conference at the University of Abuja yesterday, said the strike would be "total, comprehensive and indefinite".

"We have written letters, we have held meetings, we have issued ultimatums. Government has simply refused to listen," Adeyemi-Okoro said. "Our members cannot continue to teach on salaries that were fixed in 2009."

He said the union wanted the 2009 agreement renegotiated, withheld salaries paid and revitalisation funds released to the universities.

The union president also warned that any attempt to enforce the government's "no work, no pay" policy would be resisted by "every legitimate means".

Reacting, the Minister of Education, Dr. Hauwa Bello-Danjuma, described the strike as "unnecessary and ill-timed", insisting that government had already released N50 billion to the universities in the current budget.

In a statement, the ministry's Director of Press, Ifeanyi Okafor-Uche, said the minister would meet the union's leadership on Wednesday. "The minister remains committed to dialogue and will not be distracted," he added.

President of the National Association of Nigerian Students (NANS), Comrade Babatunde Ige-Olatunji, said students were "tired of being used as pawns" by both sides.

"Our members have spent more time at home than in lecture halls. Enough is enough," he said, threatening street protests if the strike lasted beyond two weeks.

A 300-level Microbiology student at the University of Lagos, Chiamaka Nwosu, told Daily Sun she had planned to graduate in June.

"Now nobody knows when we will finish. My parents have already paid my hostel fees," she lamented.

The last major ASUU strike, in 2022, lasted eight months and kept students at home for most of an academic session.""", [
        Q('"total, comprehensive and indefinite"', "partial", "Chukwuemeka Adeyemi-Okoro",
          "Chukwuemeka Adeyemi-Okoro"),
        Q('"We have written letters, we have held meetings, we have issued ultimatums. Government has simply refused '
          'to listen,"', "direct", "Adeyemi-Okoro", "Chukwuemeka Adeyemi-Okoro", speaker_at="Adeyemi-Okoro said"),
        Q('"Our members cannot continue to teach on salaries that were fixed in 2009."', "direct", "Adeyemi-Okoro",
          "Chukwuemeka Adeyemi-Okoro", speaker_at="Adeyemi-Okoro said"),
        Q("the union wanted the 2009 agreement renegotiated, withheld salaries paid and revitalisation funds "
          "released to the universities", "indirect", "He", "Chukwuemeka Adeyemi-Okoro",
          speaker_at="He said the union"),
        Q('"every legitimate means"', "partial", "The union president", "Chukwuemeka Adeyemi-Okoro"),
        Q('"unnecessary and ill-timed"', "partial", "Hauwa Bello-Danjuma", "Hauwa Bello-Danjuma"),
        Q("government had already released N50 billion to the universities in the current budget", "indirect",
          "Hauwa Bello-Danjuma", "Hauwa Bello-Danjuma"),
        Q("the minister would meet the union's leadership on Wednesday", "indirect", "Ifeanyi Okafor-Uche",
          "Ifeanyi Okafor-Uche"),
        Q('"The minister remains committed to dialogue and will not be distracted,"', "direct", "he",
          "Ifeanyi Okafor-Uche", speaker_at="he added"),
        Q('"tired of being used as pawns"', "partial", "Babatunde Ige-Olatunji", "Babatunde Ige-Olatunji"),
        Q('"Our members have spent more time at home than in lecture halls. Enough is enough,"', "direct", "he",
          "Babatunde Ige-Olatunji", speaker_at="he said, threatening"),
        Q("she had planned to graduate in June", "indirect", "Chiamaka Nwosu", "Chiamaka Nwosu"),
        Q('"Now nobody knows when we will finish. My parents have already paid my hostel fees,"', "direct", "she",
          "Chiamaka Nwosu", speaker_at="she lamented"),
    ], source="blind"),
    Case("blind47-post-mine", """Seven feared dead in Chingola dump collapse

SEVEN people are feared dead after a heap of mine waste collapsed on a group of illegal miners in Chingola on Tuesday night, police have said.

Copperbelt Police Commissioner Sharon Mwansa-Chilufya confirmed the incident and said rescue teams had so far recovered two bodies.

"The victims were scavenging for copper ore on the overburden dump when a section gave way at around 21:00 hours," Ms Mwansa-Chilufya said in a statement. "Five people are still unaccounted for and search operations are continuing."

She said members of the public should keep away from the dumps, which she described as "death traps".

The illegal miners, popularly known as "jerabos", have for years defied police raids to dig for copper ore on dumps left behind by decades of mining.

Konkola Copper Mines (KCM), which owns the dump, said it had deployed its emergency rescue team to the site and was working with the police.

Residents who spoke to The Post said poverty was driving young men to the dumps.

"We know it is dangerous, but there are no jobs. If you don't go, your children don't eat," said Mwila, a 24-year-old who said he had worked on the dumps since leaving school.

Chingola Member of Parliament Bwalya Kasonde-Mutale said the tragedy showed the need to formalise small-scale mining.

"How many more people must die before we act? These young men need licences and safety equipment, not police raids," Mr Kasonde-Mutale said.

He said he would raise the matter in Parliament when it resumes next month.

According to the Zambia Chamber of Mines, at least 40 people have died in similar accidents on the Copperbelt since 2020.

Relatives gathered at the site yesterday as rescuers, using a borrowed excavator, continued to dig. "My brother went there to find money for his child's school fees," said Mercy Mulenga, weeping. "Now we are waiting for his body.\"""", [
        Q("SEVEN people are feared dead after a heap of mine waste collapsed on a group of illegal miners in Chingola "
          "on Tuesday night", "indirect", "police", None, speaker_at="police have said"),
        Q("rescue teams had so far recovered two bodies", "indirect", "Sharon Mwansa-Chilufya",
          "Sharon Mwansa-Chilufya"),
        Q('"The victims were scavenging for copper ore on the overburden dump when a section gave way at around '
          '21:00 hours,"', "direct", "Mwansa-Chilufya", "Sharon Mwansa-Chilufya",
          speaker_at="Ms Mwansa-Chilufya said"),
        Q('"Five people are still unaccounted for and search operations are continuing."', "direct",
          "Mwansa-Chilufya", "Sharon Mwansa-Chilufya", speaker_at="Ms Mwansa-Chilufya said"),
        Q("members of the public should keep away from the dumps", "indirect", "She", "Sharon Mwansa-Chilufya",
          speaker_at="She said members"),
        Q('"death traps"', "partial", "she", "Sharon Mwansa-Chilufya", speaker_at="which she described"),
        Q("it had deployed its emergency rescue team to the site and was working with the police", "indirect",
          "Konkola Copper Mines", "Konkola Copper Mines"),
        Q("poverty was driving young men to the dumps", "indirect", "Residents who spoke to The Post", None),
        Q('''"We know it is dangerous, but there are no jobs. If you don't go, your children don't eat,"''', "direct",
          "Mwila", "Mwila"),
        Q("he had worked on the dumps since leaving school", "indirect", "Mwila", "Mwila"),
        Q("the tragedy showed the need to formalise small-scale mining", "indirect", "Bwalya Kasonde-Mutale",
          "Bwalya Kasonde-Mutale"),
        Q('"How many more people must die before we act? These young men need licences and safety equipment, not '
          'police raids,"', "direct", "Kasonde-Mutale", "Bwalya Kasonde-Mutale",
          speaker_at="Mr Kasonde-Mutale said"),
        Q("he would raise the matter in Parliament when it resumes next month", "indirect", "He",
          "Bwalya Kasonde-Mutale", speaker_at="He said he would"),
        Q("at least 40 people have died in similar accidents on the Copperbelt since 2020", "indirect",
          "the Zambia Chamber of Mines", "Zambia Chamber of Mines"),
        Q('''"My brother went there to find money for his child's school fees,"''', "direct", "Mercy Mulenga",
          "Mercy Mulenga"),
        Q('"Now we are waiting for his body."', "direct", "Mercy Mulenga", "Mercy Mulenga"),
    ], source="blind"),
    Case("blind47-newsday-cholera", """Cholera alert as cases rise in Chiredzi

HEALTH authorities have put Chiredzi district on high alert after 43 suspected cholera cases and three deaths were recorded in the past week.

Provincial medical director Dr Farai Zvobgo-Mutasa said most of the cases were in wards 5, 7 and 12, and that samples sent to Harare had tested positive for Vibrio cholerae.

“We have opened a cholera treatment camp at Chikombedzi Mission Hospital and deployed rapid response teams to the affected villages,” Dr Zvobgo-Mutasa told NewsDay. “The situation is under control, but we are worried about funerals.”

She explained that mourners at a funeral in Ward 7 earlier this month had shared food and washing water, which health officials believe spread the disease.

Chiredzi, often described as the country’s “sugar capital”, has battled water shortages for years despite being surrounded by irrigated estates.

Villagers in Ward 12 said a borehole drilled by a donor in 2019 broke down last year, forcing them to draw water from the Runde River.

“We know the river water is dirty, but what can we do? The borehole has been broken for eleven months,” said Rudo Chauke, a mother of four.

Chief Gudo, whose area covers two of the affected wards, said he had banned handshakes at funerals and ordered headmen to make sure every homestead had a latrine.

“Our people must understand that this disease kills. We cannot bury people the old way while cholera is here,” the chief said.

The Ministry of Health and Child Care said in its latest update that 1 204 suspected cases and 31 deaths had been recorded nationally since January.

According to Unicef, which is supporting the response, 40 000 water-purification tablets have been distributed in the district.

Chiredzi Rural District Council chief executive officer Mr Tawanda Matambanadzo-Hove said the council would repair the Ward 12 borehole “within days”.""", [
        Q("most of the cases were in wards 5, 7 and 12, and that samples sent to Harare had tested positive for "
          "Vibrio cholerae", "indirect", "Farai Zvobgo-Mutasa", "Farai Zvobgo-Mutasa"),
        Q("“We have opened a cholera treatment camp at Chikombedzi Mission Hospital and deployed rapid response teams "
          "to the affected villages,”", "direct", "Zvobgo-Mutasa", "Farai Zvobgo-Mutasa",
          speaker_at="Dr Zvobgo-Mutasa told"),
        Q("“The situation is under control, but we are worried about funerals.”", "direct", "Zvobgo-Mutasa",
          "Farai Zvobgo-Mutasa", speaker_at="Dr Zvobgo-Mutasa told"),
        Q("mourners at a funeral in Ward 7 earlier this month had shared food and washing water", "indirect", "She",
          "Farai Zvobgo-Mutasa", speaker_at="She explained"),
        Q("a borehole drilled by a donor in 2019 broke down last year", "indirect", "Villagers in Ward 12", None),
        Q("“We know the river water is dirty, but what can we do? The borehole has been broken for eleven months,”",
          "direct", "Rudo Chauke", "Rudo Chauke"),
        Q("he had banned handshakes at funerals and ordered headmen to make sure every homestead had a latrine",
          "indirect", "Gudo", "Gudo"),
        Q("“Our people must understand that this disease kills. We cannot bury people the old way while cholera is "
          "here,”", "direct", "the chief", "Gudo"),
        Q("1 204 suspected cases and 31 deaths had been recorded nationally since January", "indirect",
          "The Ministry of Health and Child Care", "Ministry of Health and Child Care"),
        Q("40 000 water-purification tablets have been distributed in the district", "indirect", "Unicef", "Unicef"),
        Q("“within days”", "partial", "Tawanda Matambanadzo-Hove", "Tawanda Matambanadzo-Hove"),
    ], source="blind"),
    Case("blind47-saudi-bank", """Al-Wafra Bank first-half profit up 14% on mortgage boom

RIYADH — Al-Wafra Bank’s net profit rose 14.2 percent in the first half of 2024, driven by strong growth in mortgage lending and lower impairment charges, the bank said in a filing on the Saudi Exchange (Tadawul) on Sunday.

Net profit reached SR2.36 billion, compared with SR2.07 billion a year earlier, while total assets grew 9 percent to SR298 billion.

“These results reflect the strength of the Saudi economy and the progress of Vision 2030 programs, particularly in housing,” Chairman Sheikh Abdulaziz bin Fahad Al-Mutairi said in a statement.

Chief Executive Officer Dr. Faisal bin Nasser Al-Ghamdi said the bank’s mortgage book had grown by 21 percent, helped by its “Wafra Home” product for first-time buyers and by the government’s Sakani housing program.

“We are seeing very healthy demand from young Saudi families, and our digital channels now account for more than 80 percent of new accounts,” Al-Ghamdi told Saudi Gazette.

He added that the bank expected margins to come under “some pressure” in the second half if interest rates began to fall.

The Saudi Central Bank (SAMA) said last month that new residential mortgages to individuals had risen for a fifth consecutive month in May.

Analysts at Al Rajhi Capital described the results as “slightly ahead” of market expectations.

“The real question for all the banks is asset quality. So far, it is holding up very well,” said Huda bint Saleh Al-Qahtani, a Jeddah-based banking analyst.

She said Saudi lenders were also benefiting from large government deposits linked to giga-projects such as NEOM and the Red Sea development.

The board recommended an interim dividend of SR0.75 per share, the bank said, payable to shareholders registered on Aug. 15.

Al-Wafra shares rose 2.1 percent to SR38.90 in early trade on Monday, outperforming the benchmark index, which edged up 0.3 percent.""", [
        Q("Al-Wafra Bank’s net profit rose 14.2 percent in the first half of 2024, driven by strong growth in "
          "mortgage lending and lower impairment charges", "indirect", "the bank", "Al-Wafra Bank",
          speaker_at="the bank said in a filing"),
        Q("“These results reflect the strength of the Saudi economy and the progress of Vision 2030 programs, "
          "particularly in housing,”", "direct", "Abdulaziz bin Fahad Al-Mutairi", "Abdulaziz bin Fahad Al-Mutairi"),
        Q("the bank’s mortgage book had grown by 21 percent, helped by its “Wafra Home” product for first-time buyers "
          "and by the government’s Sakani housing program", "indirect", "Faisal bin Nasser Al-Ghamdi",
          "Faisal bin Nasser Al-Ghamdi"),
        Q("“We are seeing very healthy demand from young Saudi families, and our digital channels now account for "
          "more than 80 percent of new accounts,”", "direct", "Al-Ghamdi", "Faisal bin Nasser Al-Ghamdi",
          speaker_at="Al-Ghamdi told"),
        Q("“some pressure”", "partial", "He", "Faisal bin Nasser Al-Ghamdi", speaker_at="He added"),
        Q("new residential mortgages to individuals had risen for a fifth consecutive month in May", "indirect",
          "The Saudi Central Bank", "Saudi Central Bank"),
        Q("“slightly ahead”", "partial", "Analysts at Al Rajhi Capital", None),
        Q("“The real question for all the banks is asset quality. So far, it is holding up very well,”", "direct",
          "Huda bint Saleh Al-Qahtani", "Huda bint Saleh Al-Qahtani"),
        Q("Saudi lenders were also benefiting from large government deposits linked to giga-projects such as NEOM "
          "and the Red Sea development", "indirect", "She", "Huda bint Saleh Al-Qahtani", speaker_at="She said"),
        Q("The board recommended an interim dividend of SR0.75 per share", "indirect", "the bank", "Al-Wafra Bank",
          speaker_at="share, the bank said"),
    ], source="blind"),
    Case("blind47-reserve-brewery", """Borneo Highland Brewery 3Q profit up 11% on festive stocking

BORNEO Highland Brewery Bhd's net profit for the third quarter ended Sept 30, 2024 (3Q24) rose 11.4% to RM92.6 million from RM83.1 million a year earlier, helped by early festive-season orders and lower barley costs.

Revenue for the quarter increased 6.8% to RM611.2 million, the group said in a filing with Bursa Malaysia yesterday.

"The Deepavali and Christmas season came early for us this year, with distributors stocking up from September," managing director Datuk Tan Wei Liang said in a statement.

Tan said the group would continue to "manage costs prudently" amid a volatile ringgit and the higher excise duties announced in Budget 2025.

He added that the brewery's new canning line in Shah Alam, which cost RM120 million, would start operations in the first quarter of next year.

The board declared a second interim dividend of 38 sen per share, payable on Dec 20.

Hong Leong Investment Bank (HLIB) said in a research note yesterday that the results were within expectations, and maintained its "buy" call on the stock with a target price of RM27.40.

However, the research house flagged the risk of a "sharper-than-expected" slowdown in consumer spending next year if subsidy rationalisation pushed up living costs.

Confederation of Malaysian Brewers (CMB) executive director Rajesh a/l Subramaniam said contraband beer still accounted for about 15% of the market, costing the government an estimated RM500 million a year in lost duties.

"Every can of smuggled beer is a can on which no duty is paid. Enforcement at the borders has to be stepped up," he told The Malaysian Reserve.

The Royal Malaysian Customs Department said in August that it had seized more than 1.2 million litres of contraband liquor in the first half of the year, most of it in Johor and Sabah.

Shares in the brewer closed 12 sen higher at RM25.10 yesterday, valuing the company at about RM7.6 billion.""", [
        Q("Revenue for the quarter increased 6.8% to RM611.2 million", "indirect", "the group",
          "Borneo Highland Brewery Bhd", speaker_at="the group said"),
        Q('"The Deepavali and Christmas season came early for us this year, with distributors stocking up from '
          'September,"', "direct", "Tan Wei Liang", "Tan Wei Liang"),
        Q('"manage costs prudently"', "partial", "Tan", "Tan Wei Liang", speaker_at="Tan said the group"),
        Q("the brewery's new canning line in Shah Alam, which cost RM120 million, would start operations in the "
          "first quarter of next year", "indirect", "He", "Tan Wei Liang", speaker_at="He added"),
        Q("the results were within expectations", "indirect", "Hong Leong Investment Bank",
          "Hong Leong Investment Bank"),
        Q('"sharper-than-expected"', "partial", "the research house", "Hong Leong Investment Bank"),
        Q("contraband beer still accounted for about 15% of the market, costing the government an estimated RM500 "
          "million a year in lost duties", "indirect", "Rajesh a/l Subramaniam", "Rajesh a/l Subramaniam"),
        Q('"Every can of smuggled beer is a can on which no duty is paid. Enforcement at the borders has to be '
          'stepped up,"', "direct", "he", "Rajesh a/l Subramaniam", speaker_at="he told The Malaysian Reserve"),
        Q("it had seized more than 1.2 million litres of contraband liquor in the first half of the year, most of it "
          "in Johor and Sabah", "indirect", "The Royal Malaysian Customs Department",
          "Royal Malaysian Customs Department"),
    ], source="blind"),
    Case("blind47-manila-boat", """9 dead, 4 missing as banca capsizes off Romblon

SAN ANDRES, Romblon: Nine passengers died and four others remain missing after a motorized banca capsized in rough seas off Romblon on Saturday morning, the Philippine Coast Guard (PCG) said.

The MB "Lady of Carmen," which was carrying 31 passengers and five crew from San Andres to Calatrava, overturned about two nautical miles from shore after being hit by big waves, PCG spokesman Capt. Ramon Dela Cruz-Tolentino said in a radio interview.

"The boat was overloaded and it left port even though a gale warning had been raised for Romblon waters," Dela Cruz-Tolentino said. "We will determine who allowed it to sail."

State weather bureau PAGASA had raised the gale warning on Friday because of the surge of the northeast monsoon, or "amihan."

Twenty-three passengers were rescued by fishermen and a PCG rubber boat. They were brought to the Romblon Provincial Hospital, where three remain in critical condition, according to hospital chief Dr. Liza Manalo-Tan.

Survivor Rodel Fabella, 34, said the boat began taking in water only minutes after leaving port.

"I held on to my daughter and a floating cooler for almost two hours. Many people did not have life jackets," Fabella told The Manila Times in Filipino.

Romblon Gov. Arnel Macaraig-Soriano ordered the suspension of all sea trips to and from San Andres pending an investigation. He said the provincial government would shoulder the burial expenses of the victims.

The Maritime Industry Authority (Marina) said it had suspended the operator's franchise and would file charges if the vessel was found to have violated safety rules.

Residents of San Andres said small boats often left port without being checked by the Coast Guard.

"They only inspect when there is media around," a fisherman who asked not to be named said.

The bodies of the victims, including two children, were brought to the municipal gym, where relatives waited through the night to identify them.""", [
        Q("Nine passengers died and four others remain missing after a motorized banca capsized in rough seas off "
          "Romblon on Saturday morning", "indirect", "the Philippine Coast Guard", "Philippine Coast Guard"),
        Q('The MB "Lady of Carmen," which was carrying 31 passengers and five crew from San Andres to Calatrava, '
          'overturned about two nautical miles from shore after being hit by big waves', "indirect",
          "Ramon Dela Cruz-Tolentino", "Ramon Dela Cruz-Tolentino"),
        Q('"The boat was overloaded and it left port even though a gale warning had been raised for Romblon waters,"',
          "direct", "Dela Cruz-Tolentino", "Ramon Dela Cruz-Tolentino", speaker_at='Dela Cruz-Tolentino said. "We'),
        Q('"We will determine who allowed it to sail."', "direct", "Dela Cruz-Tolentino", "Ramon Dela Cruz-Tolentino",
          speaker_at='Dela Cruz-Tolentino said. "We'),
        Q("They were brought to the Romblon Provincial Hospital, where three remain in critical condition",
          "indirect", "Liza Manalo-Tan", "Liza Manalo-Tan"),
        Q("the boat began taking in water only minutes after leaving port", "indirect", "Rodel Fabella",
          "Rodel Fabella"),
        Q('"I held on to my daughter and a floating cooler for almost two hours. Many people did not have life '
          'jackets,"', "direct", "Fabella", "Rodel Fabella", speaker_at="Fabella told"),
        Q("the provincial government would shoulder the burial expenses of the victims", "indirect", "He",
          "Arnel Macaraig-Soriano", speaker_at="He said the provincial"),
        Q("it had suspended the operator's franchise and would file charges if the vessel was found to have "
          "violated safety rules", "indirect", "The Maritime Industry Authority", "Maritime Industry Authority"),
        Q("small boats often left port without being checked by the Coast Guard", "indirect",
          "Residents of San Andres", None),
        Q('"They only inspect when there is media around,"', "direct", "a fisherman who asked not to be named", None),
    ], source="blind"),
    Case("blind47-mirror-taxtrial", """Businessman indicted over Rs. 840 mn VAT fraud

A Colombo businessman was indicted in the Colombo High Court yesterday on charges of evading Rs. 840 million in Value Added Tax (VAT) through a network of shell companies, court sources said.

The accused, Mohamed Rizwan Abdul Cader, 52, managing director of a garment accessories firm, pleaded not guilty to all 14 counts before a Trial-at-Bar headed by Justice Nishani Wickramasuriya-Perera.

According to the indictment, the accused used 11 companies registered in his relatives' names to claim VAT refunds on exports that never took place.

Deputy Solicitor General Harshika de Silva, appearing for the Attorney General, told court that the Inland Revenue Department (IRD) had uncovered false invoices worth more than Rs. 4 billion issued between 2016 and 2019.

'These were companies that existed only on paper. They had no factories, no employees and no customers,' the DSG said.

Appearing for the accused, President's Counsel Chandana Wijesooriya-Bandara said his client had been 'made a scapegoat' for irregularities committed by former business partners who had since left the country.

'My client has cooperated fully with the IRD from day one. He has nothing to hide,' Mr. Wijesooriya-Bandara told court.

An application to release the accused's passport so that he could travel to Bangladesh on business was refused.

Justice Wickramasuriya-Perera fixed the trial for March 12 and said the case would be heard on a day-to-day basis given the amount involved.

The case is one of several linked to the so-called 'VAT scam' of the late 2010s, in which fake exporters are estimated to have cost the State billions of rupees.

An IRD spokesman said the department had recovered Rs. 126 billion in tax arrears last year and was pursuing 'more than 300' similar cases.

Transparency International Sri Lanka (TISL) welcomed the indictment, saying that tax fraud cases had 'dragged on for far too long' in the country's courts.""", [
        Q("A Colombo businessman was indicted in the Colombo High Court yesterday on charges of evading Rs. 840 "
          "million in Value Added Tax (VAT) through a network of shell companies", "indirect", "court sources", None),
        Q("the accused used 11 companies registered in his relatives' names to claim VAT refunds on exports that "
          "never took place", "indirect", "the indictment", None, speaker_at="According to the indictment"),
        Q("the Inland Revenue Department (IRD) had uncovered false invoices worth more than Rs. 4 billion issued "
          "between 2016 and 2019", "indirect", "Harshika de Silva", "Harshika de Silva"),
        Q("'These were companies that existed only on paper. They had no factories, no employees and no customers,'",
          "direct", "the DSG", "Harshika de Silva"),
        Q("'made a scapegoat'", "partial", "Chandana Wijesooriya-Bandara", "Chandana Wijesooriya-Bandara"),
        Q("'My client has cooperated fully with the IRD from day one. He has nothing to hide,'", "direct",
          "Wijesooriya-Bandara", "Chandana Wijesooriya-Bandara", speaker_at="Mr. Wijesooriya-Bandara told"),
        Q("the case would be heard on a day-to-day basis given the amount involved", "indirect",
          "Wickramasuriya-Perera", "Nishani Wickramasuriya-Perera",
          speaker_at="Justice Wickramasuriya-Perera fixed"),
        Q("the department had recovered Rs. 126 billion in tax arrears last year", "indirect", "An IRD spokesman",
          None),
        Q("'more than 300'", "partial", "An IRD spokesman", None),
        Q("'dragged on for far too long'", "partial", "Transparency International Sri Lanka",
          "Transparency International Sri Lanka"),
    ], source="blind"),
]
