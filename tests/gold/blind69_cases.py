"""Blind gold (set 69): short news articles written without sight of the pretagger.

Sixteen articles in the house styles of wire services and regional papers from
many countries (curly double quotes, straight quotes, British single quotes),
annotated for every quote with its kind, speaker mention and canonical speaker.
See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind69-nepal-landslide", """Landslide buries Nepal village, at least 14 dead

KATHMANDU, Nepal (AFP) – A landslide triggered by days of heavy rain swept through a hillside village in western Nepal early Tuesday, killing at least 14 people and leaving three missing, officials said.

The landslide struck Bhimpur village shortly before dawn, burying seven houses as families slept, according to the Myagdi District Administration Office.

“The whole slope came down in a few seconds. There was no time to run,” said Dil Maya Pun, 52, who escaped with her two grandchildren but lost her brother-in-law.

Rescuers from the Nepal Army and the Armed Police Force dug through mud and boulders with shovels and bare hands as rain continued to hamper the search.

“We have recovered 14 bodies so far and three people are still missing,” district police chief Ramesh Bahadur Thapa told AFP by telephone. “Heavy machinery cannot reach the site because the road is blocked in two places.”

Thapa said a helicopter had flown four injured villagers to a hospital in Pokhara, about 80 kilometres (50 miles) away.

The Department of Hydrology and Meteorology warned that more heavy rain was expected across Gandaki and Karnali provinces over the next 48 hours and urged people living on unstable slopes to move to safer ground.

Home ministry spokesman Narayan Prasad Bhattarai said the government would give 200,000 rupees ($1,500) in immediate relief to the family of each victim. He described this year’s monsoon as “unusually intense”.

Residents said they had warned local authorities last month about cracks appearing in the fields above the village.

“We told them the land was moving, but nobody came to look,” said Bikash Shrestha, a 34-year-old farmer.

Ward chairman Hari Gurung rejected the criticism. “A team was sent,” he told reporters, adding that geologists had recommended relocating 11 households but that no land had yet been found for them.

More than 200 people have died in floods and landslides across Nepal since the monsoon began in June, according to the National Disaster Risk Reduction and Management Authority.

Experts say unplanned road building on fragile hillsides, combined with heavier downpours linked to climate change, has made landslides deadlier in recent years.""", [
        Q("A landslide triggered by days of heavy rain swept through a hillside village in western Nepal early "
          "Tuesday, killing at least 14 people and leaving three missing", "indirect", "officials", None),
        Q("The landslide struck Bhimpur village shortly before dawn, burying seven houses as families slept",
          "indirect", "the Myagdi District Administration Office", "Myagdi District Administration Office"),
        Q("“The whole slope came down in a few seconds. There was no time to run,”", "direct", "Dil Maya Pun",
          "Dil Maya Pun"),
        Q("“We have recovered 14 bodies so far and three people are still missing,”", "direct",
          "Ramesh Bahadur Thapa", "Ramesh Bahadur Thapa"),
        Q("“Heavy machinery cannot reach the site because the road is blocked in two places.”", "direct",
          "Ramesh Bahadur Thapa", "Ramesh Bahadur Thapa"),
        Q("a helicopter had flown four injured villagers to a hospital in Pokhara, about 80 kilometres (50 miles) away",
          "indirect", "Thapa", "Ramesh Bahadur Thapa", speaker_at="Thapa said"),
        Q("more heavy rain was expected across Gandaki and Karnali provinces over the next 48 hours", "indirect",
          "The Department of Hydrology and Meteorology", "Department of Hydrology and Meteorology"),
        Q("the government would give 200,000 rupees ($1,500) in immediate relief to the family of each victim",
          "indirect", "Narayan Prasad Bhattarai", "Narayan Prasad Bhattarai"),
        Q("“unusually intense”", "partial", "He", "Narayan Prasad Bhattarai", speaker_at="He described"),
        Q("they had warned local authorities last month about cracks appearing in the fields above the village",
          "indirect", "Residents", None),
        Q("“We told them the land was moving, but nobody came to look,”", "direct", "Bikash Shrestha",
          "Bikash Shrestha"),
        Q("“A team was sent,”", "direct", "he", "Hari Gurung", speaker_at="he told reporters"),
        Q("geologists had recommended relocating 11 households but that no land had yet been found for them",
          "indirect", "he", "Hari Gurung", speaker_at="he told reporters"),
        Q("More than 200 people have died in floods and landslides across Nepal since the monsoon began in June",
          "indirect", "the National Disaster Risk Reduction and Management Authority",
          "National Disaster Risk Reduction and Management Authority"),
        Q("unplanned road building on fragile hillsides, combined with heavier downpours linked to climate change, "
          "has made landslides deadlier in recent years", "indirect", "Experts", None),
    ], source="blind"),
    Case("blind69-telecom-results", """Hanbit Telecom Q4 operating profit up 12.4 pct on 5G, data center demand

SEOUL, Feb. 6 (Yonhap) -- Hanbit Telecom Co., South Korea's third-largest mobile carrier, said Tuesday its fourth-quarter operating profit rose 12.4 percent from a year earlier on solid 5G subscriptions and growing demand for its data center business.

Operating profit for the October-December period reached 284.3 billion won (US$213 million), up from 252.9 billion won a year earlier, the company said in a regulatory filing.

Sales gained 3.1 percent on-year to 3.92 trillion won, while net profit fell 6.8 percent to 151.2 billion won due to one-off costs related to a voluntary retirement program, according to the filing.

The earnings beat the market consensus of 268 billion won compiled by Yonhap Infomax, the financial news service of Yonhap News Agency.

"5G subscribers now account for 74 percent of our handset users, and average revenue per user has stabilized," Chief Financial Officer Yoo Sang-chul said during a conference call with analysts. "We expect the data center and cloud segment to grow by double digits again this year."

Yoo said the company plans to raise its year-end dividend to 2,100 won per share from 1,960 won, and will buy back 150 billion won worth of its own shares in the first half.

Analysts said the results showed the carrier had largely absorbed the impact of cheaper 5G plans introduced last year under government pressure.

"The AI data center story is what investors are paying for now," said Park Ji-won, an analyst at Mirae Securities. She added that spending on network equipment should remain modest until 6G trials begin around 2028.

The Ministry of Science and ICT has urged the three carriers to lower mobile fees further, and a ministry official told Yonhap on condition of anonymity that a review of wholesale rates for budget operators would be completed by March.

Hanbit Telecom shares closed 2.7 percent higher at 41,550 won on the main Seoul bourse, outperforming the benchmark KOSPI's 0.4 percent gain.

(END)""", [
        Q("its fourth-quarter operating profit rose 12.4 percent from a year earlier on solid 5G subscriptions and "
          "growing demand for its data center business", "indirect", "Hanbit Telecom Co.", "Hanbit Telecom Co."),
        Q("Operating profit for the October-December period reached 284.3 billion won (US$213 million), up from "
          "252.9 billion won a year earlier", "indirect", "the company", "Hanbit Telecom Co.",
          speaker_at="the company said"),
        Q("Sales gained 3.1 percent on-year to 3.92 trillion won, while net profit fell 6.8 percent to 151.2 billion "
          "won due to one-off costs related to a voluntary retirement program", "indirect", "the filing",
          "Hanbit Telecom Co."),
        Q('"5G subscribers now account for 74 percent of our handset users, and average revenue per user has '
          'stabilized,"', "direct", "Yoo Sang-chul", "Yoo Sang-chul"),
        Q('"We expect the data center and cloud segment to grow by double digits again this year."', "direct",
          "Yoo Sang-chul", "Yoo Sang-chul"),
        Q("the company plans to raise its year-end dividend to 2,100 won per share from 1,960 won, and will buy back "
          "150 billion won worth of its own shares in the first half", "indirect", "Yoo", "Yoo Sang-chul",
          speaker_at="Yoo said"),
        Q("the results showed the carrier had largely absorbed the impact of cheaper 5G plans introduced last year "
          "under government pressure", "indirect", "Analysts", None),
        Q('"The AI data center story is what investors are paying for now,"', "direct", "Park Ji-won", "Park Ji-won"),
        Q("spending on network equipment should remain modest until 6G trials begin around 2028", "indirect", "She",
          "Park Ji-won", speaker_at="She added"),
        Q("a review of wholesale rates for budget operators would be completed by March", "indirect",
          "a ministry official", None),
    ], source="blind"),
    Case("blind69-jewellers-robbery", """Jury hears of machete raid on Belgrave Road jewellers

Two men armed with a machete and a hammer terrorised staff at a Belgrave Road jewellers before escaping with gold worth more than £180,000, a jury at Leicester Crown Court has heard.

Kyle Ashworth-Reid, 29, of Braunstone, and Dariusz Wiśniewski, 34, of no fixed address, deny conspiracy to commit robbery. The trial is expected to last two weeks.

Opening the case for the prosecution on Monday, Amrit Sandhu said the men had walked into Lakshmi Jewellers shortly after 10am on 14 March last year wearing balaclavas and hi-vis jackets.

‘Within ninety seconds they had smashed three display cabinets and filled two holdalls,’ Mr Sandhu told the jury. ‘One of the staff, a woman in her sixties, was pushed to the floor and told she would be hurt if she moved.’

He said a silver Audi A4 seen leaving the area had been found burnt out in a lay-by near Anstey the following day, and that DNA recovered from a glove inside it matched Mr Ashworth-Reid.

The shop’s owner, Hasmukh Chauhan, gave evidence from behind a screen. He told the court he had run the business for 31 years and had ‘never been so frightened’.

‘I thought they were going to kill my sister,’ he said. ‘Even now I cannot sleep properly.’

Under cross-examination by Nadia Okonjo-Baptiste, representing Mr Wiśniewski, Mr Chauhan accepted that he had not seen the face of either man.

Ms Okonjo-Baptiste suggested that the case against her client rested on ‘a grainy image and a great deal of assumption’. Mr Chauhan replied: ‘I can only tell you what I saw.’

Detective Constable Leanne Fox, of Leicestershire Police’s east area CID, told the jury that officers had recovered about a third of the stolen jewellery from a storage unit in Wigston in April.

Judge Timothy Ellis reminded jurors not to research the case online or to discuss it with anyone outside the jury room.

The trial continues.""", [
        Q("Two men armed with a machete and a hammer terrorised staff at a Belgrave Road jewellers before escaping "
          "with gold worth more than £180,000", "indirect", None, None),
        Q("the men had walked into Lakshmi Jewellers shortly after 10am on 14 March last year wearing balaclavas and "
          "hi-vis jackets", "indirect", "Amrit Sandhu", "Amrit Sandhu"),
        Q("‘Within ninety seconds they had smashed three display cabinets and filled two holdalls,’", "direct",
          "Sandhu", "Amrit Sandhu", speaker_at="Mr Sandhu told"),
        Q("‘One of the staff, a woman in her sixties, was pushed to the floor and told she would be hurt if she "
          "moved.’", "direct", "Sandhu", "Amrit Sandhu", speaker_at="Mr Sandhu told"),
        Q("a silver Audi A4 seen leaving the area had been found burnt out in a lay-by near Anstey the following day, "
          "and that DNA recovered from a glove inside it matched Mr Ashworth-Reid", "indirect", "He", "Amrit Sandhu",
          speaker_at="He said a silver"),
        Q("he had run the business for 31 years", "indirect", "He", "Hasmukh Chauhan",
          speaker_at="He told the court"),
        Q("‘never been so frightened’", "partial", "He", "Hasmukh Chauhan", speaker_at="He told the court"),
        Q("‘I thought they were going to kill my sister,’", "direct", "he", "Hasmukh Chauhan",
          speaker_at="he said. ‘Even"),
        Q("‘Even now I cannot sleep properly.’", "direct", "he", "Hasmukh Chauhan", speaker_at="he said. ‘Even"),
        Q("he had not seen the face of either man", "indirect", "Chauhan", "Hasmukh Chauhan",
          speaker_at="Mr Chauhan accepted"),
        Q("‘a grainy image and a great deal of assumption’", "partial", "Okonjo-Baptiste", "Nadia Okonjo-Baptiste",
          speaker_at="Ms Okonjo-Baptiste suggested"),
        Q("‘I can only tell you what I saw.’", "direct", "Chauhan", "Hasmukh Chauhan",
          speaker_at="Mr Chauhan replied"),
        Q("officers had recovered about a third of the stolen jewellery from a storage unit in Wigston in April",
          "indirect", "Leanne Fox", "Leanne Fox"),
    ], source="blind"),
    Case("blind69-stornoway-byelection", """SNP holds Stornoway North seat in council by-election

The SNP has held the Steòrnabhagh a Tuath (Stornoway North) ward on Comhairle nan Eilean Siar after a by-election in which fewer than a third of voters turned out.

Catriona NicLeòid, a 41-year-old primary teacher from Sandwick, was elected at the fourth stage of the count with 612 votes, ahead of independent Donald MacIver and Scottish Labour's Angus John Morrison.

The vacancy arose after the death in September of long-serving councillor Kenny Macaulay.

Speaking at the count in Stornoway Town Hall in the early hours of Friday, Ms NicLeòid said she was 'humbled' by the result and paid tribute to her predecessor.

'Kenny gave thirty years to this town and I know I have big shoes to fill,' she said. 'The message on the doorsteps was very clear: people want decent housing, a ferry service they can rely on and a hospital that can hold on to its staff.'

Turnout was 31.4 per cent, down from 44 per cent at the last full council election in 2022, according to the returning officer, Morag Munro.

Mr MacIver, who runs a haulage business in Marybank, said he was disappointed but not discouraged. 'We ran a good, clean campaign on a shoestring and I'll be back,' he told the Gazette.

Mr Morrison, whose leaflets carried the slogan 'Stornoway Deserves Better', said the low turnout should worry every party.

'When two thirds of people don't bother to vote, that tells you they've stopped believing the Comhairle can change anything,' he said.

Seonag Mackinnon, convener of the SNP's Western Isles branch, welcomed the result, describing the new councillor as 'a strong voice for the town'.

Council leader Roddy Mackay said members would decide next month whether Ms NicLeòid should take her predecessor's place on the transportation and infrastructure committee.

The result leaves the political make-up of the 26-member authority unchanged, with independents holding a clear majority.""", [
        Q("'humbled'", "partial", "NicLeòid", "Catriona NicLeòid", speaker_at="Ms NicLeòid said she"),
        Q("'Kenny gave thirty years to this town and I know I have big shoes to fill,'", "direct", "she",
          "Catriona NicLeòid", speaker_at="she said"),
        Q("'The message on the doorsteps was very clear: people want decent housing, a ferry service they can rely on "
          "and a hospital that can hold on to its staff.'", "direct", "she", "Catriona NicLeòid",
          speaker_at="she said"),
        Q("Turnout was 31.4 per cent, down from 44 per cent at the last full council election in 2022", "indirect",
          "Morag Munro", "Morag Munro"),
        Q("he was disappointed but not discouraged", "indirect", "MacIver", "Donald MacIver",
          speaker_at="Mr MacIver"),
        Q("'We ran a good, clean campaign on a shoestring and I'll be back,'", "direct", "he", "Donald MacIver",
          speaker_at="he told the Gazette"),
        Q("the low turnout should worry every party", "indirect", "Morrison", "Angus John Morrison",
          speaker_at="Mr Morrison"),
        Q("'When two thirds of people don't bother to vote, that tells you they've stopped believing the Comhairle "
          "can change anything,'", "direct", "he", "Angus John Morrison", speaker_at="he said"),
        Q("'a strong voice for the town'", "partial", "Seonag Mackinnon", "Seonag Mackinnon"),
        Q("members would decide next month whether Ms NicLeòid should take her predecessor's place on the "
          "transportation and infrastructure committee", "indirect", "Roddy Mackay", "Roddy Mackay"),
    ], source="blind"),
    Case("blind69-kerry-priest", """Ballyduff and Listowel bid farewell to Fr Dónal Ó Súilleabháin

Hundreds of mourners lined the streets of Listowel on Saturday for the funeral of Fr Dónal Ó Súilleabháin, the former parish priest who died peacefully at University Hospital Kerry last Tuesday, aged 87.

Born in Ballyduff in 1937, the youngest of nine children, Fr Ó Súilleabháin won a county minor hurling medal before entering St Patrick’s College, Maynooth. He was ordained in 1963 and spent 14 years on the missions in Peru before returning to Kerry, where he served in Castleisland, Tarbert and finally Listowel.

Generations of parishioners knew him through his weekly column in the parish newsletter, “Notes from the Far Side”, which ran for more than 30 years.

Giving the homily at St Mary’s Church, his friend and former curate Fr Tadhg Fitzgerald said the late priest had “never once closed his door on anyone, at any hour”.

“Dónal believed the Church was the people, not the building,” Fr Fitzgerald said. “He buried your parents, he married you, he christened your children, and very often he lent you the price of the hackney home afterwards.”

Fr Fitzgerald recalled how his friend had cancelled a Confirmation reception in 1989 so the money could go to families hit by the closure of a local factory.

The chief mourners were his nieces and nephews, among them Máire Ní Shúilleabháin-Doyle, who read a poem her uncle had written in Spanish during his years in Lima.

“He used to say Peru taught him more than Maynooth ever did,” she told The Kerryman after the Mass. “He was a holy man, but he was great craic too, and he never lost the Ballyduff accent.”

Members of the Travelling community formed a guard of honour outside the church. Bridget McDonagh, of the Kerry Traveller Health Project, said Fr Ó Súilleabháin had stood by families when few others would.

“When we had nowhere to stop, he let us use the field behind the parochial house, and he took an awful lot of abuse for it,” she said.

Ballyduff GAA Club said in a statement that it was “deeply saddened” by the death of one of its own, and that its flags would fly at half-mast for a week.

Fr Ó Súilleabháin was predeceased by his brothers and sisters. He was laid to rest in Ballyduff old cemetery.""", [
        Q("“never once closed his door on anyone, at any hour”", "partial", "Tadhg Fitzgerald", "Tadhg Fitzgerald"),
        Q("“Dónal believed the Church was the people, not the building,”", "direct", "Fitzgerald",
          "Tadhg Fitzgerald", speaker_at="Fr Fitzgerald said"),
        Q("“He buried your parents, he married you, he christened your children, and very often he lent you the price "
          "of the hackney home afterwards.”", "direct", "Fitzgerald", "Tadhg Fitzgerald",
          speaker_at="Fr Fitzgerald said"),
        Q("his friend had cancelled a Confirmation reception in 1989 so the money could go to families hit by the "
          "closure of a local factory", "indirect", "Fitzgerald", "Tadhg Fitzgerald",
          speaker_at="Fitzgerald recalled"),
        Q("“He used to say Peru taught him more than Maynooth ever did,”", "direct", "she",
          "Máire Ní Shúilleabháin-Doyle", speaker_at="she told The Kerryman"),
        Q("“He was a holy man, but he was great craic too, and he never lost the Ballyduff accent.”", "direct", "she",
          "Máire Ní Shúilleabháin-Doyle", speaker_at="she told The Kerryman"),
        Q("Fr Ó Súilleabháin had stood by families when few others would", "indirect", "Bridget McDonagh",
          "Bridget McDonagh"),
        Q("“When we had nowhere to stop, he let us use the field behind the parochial house, and he took an awful lot "
          "of abuse for it,”", "direct", "she", "Bridget McDonagh", speaker_at="she said"),
        Q("“deeply saddened”", "partial", "Ballyduff GAA Club", "Ballyduff GAA Club"),
        Q("its flags would fly at half-mast for a week", "indirect", "Ballyduff GAA Club", "Ballyduff GAA Club"),
    ], source="blind"),
    Case("blind69-rochester-anthrax", """Anthrax confirmed on farm near Rochester

Agriculture Victoria has placed a farm near Rochester, north of Bendigo, in quarantine after anthrax was confirmed in cattle that died suddenly last week.

Seven beef cattle were found dead on the property between Tuesday and Thursday, the department said in a statement on Sunday.

Victoria's chief veterinary officer, Dr Anneliese van der Merwe, said laboratory tests at the AgriBio centre in Bundoora had confirmed the disease on Saturday night.

“Anthrax is not uncommon in this part of northern Victoria, and we have a well-practised response,” Dr van der Merwe said. “The risk to the public and to other livestock is very low.”

She said the remaining 180 head of cattle on the property had been vaccinated, and the carcasses would be burned on site under supervision.

According to Agriculture Victoria, anthrax spores can survive in soil for decades and are often brought to the surface by heavy rain or earthworks.

The department said the farm's owners were co-operating fully. No meat or milk from the property had entered the food chain, it added.

Campaspe Shire mayor Daniel Mitchell-Hart urged residents not to be alarmed.

“I understand people hear the word anthrax and think the worst,” he said. “But this is a biosecurity issue on one farm, and the experts have it well in hand.”

Beef producer Tom Kearney, whose property shares a boundary with the quarantined farm, told the Advertiser he had moved his cattle to a back paddock as a precaution.

“You'd be mad not to,” Mr Kearney said. “We've only just got back on our feet after the 2022 floods.”

Victorian Farmers Federation livestock group president Kerrie O'Loughlin said the case showed why farmers needed to report unexplained stock deaths promptly. She described the response so far as “textbook”.

A spokesperson for Bendigo Health said no human cases had been reported. Human anthrax infections are rare in Australia, and the last Victorian case was recorded in 2007, the spokesperson said.

Farmers who find unexplained stock deaths should call the Emergency Animal Disease Watch Hotline on 1800 675 888.""", [
        Q("Seven beef cattle were found dead on the property between Tuesday and Thursday", "indirect",
          "the department", "Agriculture Victoria", speaker_at="the department said"),
        Q("laboratory tests at the AgriBio centre in Bundoora had confirmed the disease on Saturday night", "indirect",
          "Anneliese van der Merwe", "Anneliese van der Merwe"),
        Q("“Anthrax is not uncommon in this part of northern Victoria, and we have a well-practised response,”",
          "direct", "van der Merwe", "Anneliese van der Merwe", speaker_at="van der Merwe said"),
        Q("“The risk to the public and to other livestock is very low.”", "direct", "van der Merwe",
          "Anneliese van der Merwe", speaker_at="van der Merwe said"),
        Q("the remaining 180 head of cattle on the property had been vaccinated, and the carcasses would be burned on "
          "site under supervision", "indirect", "She", "Anneliese van der Merwe", speaker_at="She said the remaining"),
        Q("anthrax spores can survive in soil for decades and are often brought to the surface by heavy rain or "
          "earthworks", "indirect", "Agriculture Victoria", "Agriculture Victoria",
          speaker_at="According to Agriculture Victoria"),
        Q("the farm's owners were co-operating fully", "indirect", "The department", "Agriculture Victoria",
          speaker_at="The department said"),
        Q("No meat or milk from the property had entered the food chain", "indirect", "it", "Agriculture Victoria",
          speaker_at="it added"),
        Q("“I understand people hear the word anthrax and think the worst,”", "direct", "he", "Daniel Mitchell-Hart",
          speaker_at="he said"),
        Q("“But this is a biosecurity issue on one farm, and the experts have it well in hand.”", "direct", "he",
          "Daniel Mitchell-Hart", speaker_at="he said"),
        Q("he had moved his cattle to a back paddock as a precaution", "indirect", "Tom Kearney", "Tom Kearney"),
        Q("“You'd be mad not to,”", "direct", "Kearney", "Tom Kearney", speaker_at="Mr Kearney said"),
        Q("“We've only just got back on our feet after the 2022 floods.”", "direct", "Kearney", "Tom Kearney",
          speaker_at="Mr Kearney said"),
        Q("the case showed why farmers needed to report unexplained stock deaths promptly", "indirect",
          "Kerrie O'Loughlin", "Kerrie O'Loughlin"),
        Q("“textbook”", "partial", "She", "Kerrie O'Loughlin", speaker_at="She described"),
        Q("no human cases had been reported", "indirect", "A spokesperson for Bendigo Health", None),
        Q("Human anthrax infections are rare in Australia, and the last Victorian case was recorded in 2007",
          "indirect", "the spokesperson", None),
    ], source="blind"),
    Case("blind69-whanganui-rugby", """Kaierau end 11-year wait with last-gasp final win

A penalty from first five-eighth Tamati Ngāwaka-Pōtae three minutes from time gave Kaierau a 22-20 win over Marist in the Whanganui premier club rugby final at Cooks Gardens on Saturday, ending the club's 11-year wait for the Bennett Shield.

"I just tried to treat it like any other kick at training," said Ngāwaka-Pōtae, 20, who had missed two earlier attempts from a similar range. "The forwards did all the hard work. I just had to finish it off."

Marist led 20-12 with a quarter of an hour left after winger Sione Fifita finished a long-range move, but Kaierau hit back through a driving maul finished by hooker Daniel "Tank" Rangitaawa.

Kaierau coach Hemi Te Huia said his side had "found a way" in a season that had tested them.

"We lost three front-rowers to injury in June and I honestly didn't think we'd be here," Te Huia said. "To do it in front of this crowd, with the old boys from 2013 on the sideline, is pretty special."

Marist captain Joe van Asch was gracious in defeat. He told the Chronicle the better side on the day had won.

"Credit to them. They were more desperate at the breakdown in that last quarter and it cost us," van Asch said.

Van Asch, 31, said he had not decided whether he would play another season.

Whanganui Rugby Football Union chief executive Lucy Harding said the crowd of about 3000 was the biggest for a club final since 2015, and the union hoped to move next year's final to a Saturday evening under lights.

"It shows club rugby is alive and well in this town," she said.

Ngāwaka-Pōtae is expected to be named in the Whanganui Heartland Championship squad on Tuesday.""", [
        Q('"I just tried to treat it like any other kick at training,"', "direct", "Ngāwaka-Pōtae",
          "Tamati Ngāwaka-Pōtae", speaker_at="said Ngāwaka-Pōtae"),
        Q('"The forwards did all the hard work. I just had to finish it off."', "direct", "Ngāwaka-Pōtae",
          "Tamati Ngāwaka-Pōtae", speaker_at="said Ngāwaka-Pōtae"),
        Q('"found a way"', "partial", "Hemi Te Huia", "Hemi Te Huia"),
        Q('''"We lost three front-rowers to injury in June and I honestly didn't think we'd be here,"''', "direct",
          "Te Huia", "Hemi Te Huia", speaker_at='here," Te Huia said'),
        Q('"To do it in front of this crowd, with the old boys from 2013 on the sideline, is pretty special."',
          "direct", "Te Huia", "Hemi Te Huia", speaker_at='here," Te Huia said'),
        Q("the better side on the day had won", "indirect", "He", "Joe van Asch", speaker_at="He told the Chronicle"),
        Q('"Credit to them. They were more desperate at the breakdown in that last quarter and it cost us,"',
          "direct", "van Asch", "Joe van Asch", speaker_at="van Asch said"),
        Q("he had not decided whether he would play another season", "indirect", "Van Asch", "Joe van Asch"),
        Q("the crowd of about 3000 was the biggest for a club final since 2015, and the union hoped to move next "
          "year's final to a Saturday evening under lights", "indirect", "Lucy Harding", "Lucy Harding"),
        Q('"It shows club rugby is alive and well in this town,"', "direct", "she", "Lucy Harding",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind69-kamloops-curling", """Cold snap no match for Sahota rink at Ponderosa bonspiel

The thermometer at Kamloops Airport dipped to -31 C early Sunday, but the curling at the Kamloops Curling Club was red hot as Gurpreet Sahota's rink took the Ponderosa Classic in an extra end.

Sahota, who runs an electrical contracting business in Brocklehurst, drew to the four-foot with his last rock in the 11th end to beat Vernon's Marc-André Lefebvre 7-6.

"It was cold enough that a couple of the guys' trucks wouldn't start this morning, so we were car-pooling to the final," Sahota said with a laugh. "Once you're on the ice, you forget about all that."

Lefebvre said his team struggled with the speed of the ice early in the week but was proud of how it played. "We had a chance to win it in 10 and I was heavy. That's curling," he said.

Club general manager Wendy de Groot said 48 teams entered, up from 36 last year, and the club had to turn away teams for the first time since 2019.

According to de Groot, the event raised about $22,000 for the club's junior program.

Environment Canada kept an extreme cold warning in place for the Thompson region on Sunday, with wind chill values near -40 expected overnight.

Meteorologist Jasmine Tse told KTW the Arctic air mass is expected to begin moving out of the Interior on Thursday, with daytime highs climbing back to around -5 C by the weekend.

The City of Kamloops said in a news release that two extra warming centres, downtown and on the North Shore, would stay open around the clock until at least Wednesday.

"Nobody should be sleeping outside in these temperatures. We're asking residents to check on their neighbours, especially seniors who live alone," said Coun. Raj Dhillon-Wright, who chairs the city's community services committee.

BC Hydro said demand across the province was approaching record levels and asked customers to turn down thermostats by a degree or two where they safely could.""", [
        Q('''"It was cold enough that a couple of the guys' trucks wouldn't start this morning, so we were car-pooling '''
          '''to the final,"''', "direct", "Sahota", "Gurpreet Sahota", speaker_at="Sahota said"),
        Q('''"Once you're on the ice, you forget about all that."''', "direct", "Sahota", "Gurpreet Sahota",
          speaker_at="Sahota said"),
        Q("his team struggled with the speed of the ice early in the week but was proud of how it played", "indirect",
          "Lefebvre", "Marc-André Lefebvre", speaker_at="Lefebvre said"),
        Q('''"We had a chance to win it in 10 and I was heavy. That's curling,"''', "direct", "he",
          "Marc-André Lefebvre", speaker_at="he said"),
        Q("48 teams entered, up from 36 last year, and the club had to turn away teams for the first time since 2019",
          "indirect", "Wendy de Groot", "Wendy de Groot"),
        Q("the event raised about $22,000 for the club's junior program", "indirect", "de Groot", "Wendy de Groot",
          speaker_at="According to de Groot"),
        Q("the Arctic air mass is expected to begin moving out of the Interior on Thursday, with daytime highs "
          "climbing back to around -5 C by the weekend", "indirect", "Jasmine Tse", "Jasmine Tse"),
        Q("two extra warming centres, downtown and on the North Shore, would stay open around the clock until at "
          "least Wednesday", "indirect", "The City of Kamloops", "City of Kamloops"),
        Q('''"Nobody should be sleeping outside in these temperatures. We're asking residents to check on their '''
          '''neighbours, especially seniors who live alone,"''', "direct", "Raj Dhillon-Wright", "Raj Dhillon-Wright"),
        Q("demand across the province was approaching record levels", "indirect", "BC Hydro", "BC Hydro"),
    ], source="blind"),
    Case("blind69-uganda-teachers", """Arts teachers lay down tools over pay gap

Kampala. Thousands of arts teachers in government secondary schools yesterday started an indefinite strike, demanding that government harmonises their salaries with those of their science counterparts.

The Uganda National Teachers' Union (Unatu) said the industrial action would continue until the Ministry of Public Service issues a clear timeline for the salary enhancement.

In several schools visited by this newspaper in Kampala, Wakiso and Mukono, students were seen loitering in the compounds while some head teachers combined classes.

“We have been patient for three years. Government promised us in 2022 that the gap would be closed in phases, but nothing has moved,” Mr Baker Ssempijja Kiwanuka, the Unatu general secretary, told journalists at the union offices in Kamwokya. “Teachers are tired of promises.

“A graduate arts teacher earns Shs1.2 million while his science colleague with the same qualifications earns Shs4 million. That is not fairness; that is discrimination.”

Mr Kiwanuka said more than 70 percent of the union's members in secondary schools had heeded the call.

The Minister of State for Primary Education, Dr Florence Adong-Ochieng, said government had no money to implement the new salary structure in the current financial year and appealed to the teachers to return to class.

“The budget is constrained. We had to prioritise, and science was the priority,” the minister said in a telephone interview. She warned that teachers who abandon classes without following the law “will have themselves to blame”.

At Kasubi Seed Secondary School, the head teacher, Hajji Abdul Ssekitoleko, said only nine of his 31 teachers had reported for duty.

Ms Sarah Nabukeera, whose son is a candidate at a school in Mengo, said she feared the strike would derail the syllabus ahead of the national examinations in October.

“My son is in Senior Four. Who will compensate him if he fails?” she asked.

Science teachers, whose salaries were raised in 2022, are not part of the strike, according to the union.""", [
        Q("the industrial action would continue until the Ministry of Public Service issues a clear timeline for the "
          "salary enhancement", "indirect", "The Uganda National Teachers' Union", "Uganda National Teachers' Union"),
        Q("“We have been patient for three years. Government promised us in 2022 that the gap would be closed in "
          "phases, but nothing has moved,”", "direct", "Baker Ssempijja Kiwanuka", "Baker Ssempijja Kiwanuka"),
        Q("“Teachers are tired of promises.", "direct", "Baker Ssempijja Kiwanuka", "Baker Ssempijja Kiwanuka"),
        Q("“A graduate arts teacher earns Shs1.2 million while his science colleague with the same qualifications "
          "earns Shs4 million. That is not fairness; that is discrimination.”", "direct", "Baker Ssempijja Kiwanuka",
          "Baker Ssempijja Kiwanuka"),
        Q("more than 70 percent of the union's members in secondary schools had heeded the call", "indirect",
          "Kiwanuka", "Baker Ssempijja Kiwanuka", speaker_at="Mr Kiwanuka said"),
        Q("government had no money to implement the new salary structure in the current financial year", "indirect",
          "Florence Adong-Ochieng", "Florence Adong-Ochieng"),
        Q("“The budget is constrained. We had to prioritise, and science was the priority,”", "direct",
          "the minister", "Florence Adong-Ochieng"),
        Q("“will have themselves to blame”", "partial", "She", "Florence Adong-Ochieng", speaker_at="She warned"),
        Q("only nine of his 31 teachers had reported for duty", "indirect", "Abdul Ssekitoleko", "Abdul Ssekitoleko"),
        Q("she feared the strike would derail the syllabus ahead of the national examinations in October",
          "indirect", "Sarah Nabukeera", "Sarah Nabukeera"),
        Q("“My son is in Senior Four. Who will compensate him if he fails?”", "direct", "she", "Sarah Nabukeera",
          speaker_at="she asked"),
        Q("Science teachers, whose salaries were raised in 2022, are not part of the strike", "indirect", "the union",
          "Uganda National Teachers' Union", speaker_at="according to the union"),
    ], source="blind"),
    Case("blind69-abuja-bribery", """N50m Bribe: Court Admits Video Evidence Against Ex-Works Director

Abuja — Justice Ngozi Okonkwo-Ajayi of the Federal High Court, Abuja, yesterday admitted in evidence a video allegedly showing a former director in the Federal Ministry of Works, Alhaji Sani Danladi-Bello, collecting N50 million in cash from a contractor.

Danladi-Bello is standing trial on a seven-count charge bordering on bribery and abuse of office filed against him by the Economic and Financial Crimes Commission (EFCC). He pleaded not guilty.

Counsel to the defendant, Chief Adeyemi Olanrewaju, SAN, had opposed the admissibility of the recording, arguing that it was "obtained through entrapment" and that no certificate of compliance had been filed as required by Section 84 of the Evidence Act.

But in her ruling, Justice Okonkwo-Ajayi held that the certificate had been duly filed on March 3, and that the manner in which evidence was obtained did not, on its own, make it inadmissible.

"The objection is overruled. The video recording and the accompanying certificate are admitted and marked as Exhibit P14," the judge said.

The prosecution's third witness, Ibrahim Yakubu Gusau, an investigator with the EFCC, told the court that the contractor, whose identity was protected, had approached the commission in 2021, alleging that he was asked to pay 10 per cent of the value of a road contract before his payment certificate would be signed.

"We gave him a recording device and marked the notes. The defendant was arrested in his car about twenty minutes after the meeting," Gusau said while being led in evidence by the prosecuting counsel, Emeka Nwachukwu.

Under cross-examination, the witness admitted that the marked notes were not recovered from the defendant's car.

"The money was not found on him, my lord, but it was traced," he said.

Speaking to journalists after the sitting, Olanrewaju said his client would be "fully vindicated" at the end of the trial.

The EFCC, in a statement by its Head of Media, Aisha Umar-Garba, said the commission remained committed to "diligent prosecution of all corruption cases, no matter whose ox is gored".

The judge adjourned the matter till May 14 for continuation of trial.""", [
        Q('"obtained through entrapment"', "partial", "Adeyemi Olanrewaju", "Adeyemi Olanrewaju"),
        Q("no certificate of compliance had been filed as required by Section 84 of the Evidence Act", "indirect",
          "Adeyemi Olanrewaju", "Adeyemi Olanrewaju"),
        Q("the certificate had been duly filed on March 3, and that the manner in which evidence was obtained did not, "
          "on its own, make it inadmissible", "indirect", "Okonkwo-Ajayi", "Ngozi Okonkwo-Ajayi",
          speaker_at="Justice Okonkwo-Ajayi held"),
        Q('"The objection is overruled. The video recording and the accompanying certificate are admitted and marked '
          'as Exhibit P14,"', "direct", "the judge", "Ngozi Okonkwo-Ajayi", speaker_at="the judge said"),
        Q("the contractor, whose identity was protected, had approached the commission in 2021, alleging that he was "
          "asked to pay 10 per cent of the value of a road contract before his payment certificate would be signed",
          "indirect", "Ibrahim Yakubu Gusau", "Ibrahim Yakubu Gusau"),
        Q('"We gave him a recording device and marked the notes. The defendant was arrested in his car about twenty '
          'minutes after the meeting,"', "direct", "Gusau", "Ibrahim Yakubu Gusau", speaker_at="Gusau said"),
        Q("the marked notes were not recovered from the defendant's car", "indirect", "the witness",
          "Ibrahim Yakubu Gusau"),
        Q('"The money was not found on him, my lord, but it was traced,"', "direct", "he", "Ibrahim Yakubu Gusau",
          speaker_at="he said"),
        Q('"fully vindicated"', "partial", "Olanrewaju", "Adeyemi Olanrewaju", speaker_at="Olanrewaju said"),
        Q('"diligent prosecution of all corruption cases, no matter whose ox is gored"', "partial", "The EFCC",
          "Economic and Financial Crimes Commission"),
    ], source="blind"),
    Case("blind69-gqeberha-taxi-strike", """Taxi strike leaves Bay commuters stranded

Thousands of commuters in Nelson Mandela Bay were left stranded on Monday as minibus taxi operators withdrew their services in protest against what they called ‘harassment’ by metro traffic officers.

Roads into the city centre from Motherwell, KwaNobuhle and Zwide were unusually quiet, while long queues formed at the few Algoa Bus Company stops still operating.

Santaco Eastern Cape spokesperson Mzoxolo Ngcukana-Dlamini said the strike would continue until the metro’s safety and security MMC met operators face to face.

‘Our drivers are being fined R2,500 for things that are not even offences, and their vehicles are impounded for weeks,’ he said. ‘We are not against the law. We are against bullying.’

Safety and security MMC Thandeka Mbalula-Nkosi said she was ‘disappointed’ that operators had chosen to strike while talks were under way.

‘My door has been open since January. You don’t hold a whole city to ransom because you disagree with a by-law,’ Mbalula-Nkosi told The Herald.

Metro police spokesperson Lt Col Priscilla Naidoo said two people had been arrested in Motherwell after stones were thrown at a municipal bus. No injuries were reported, she said.

Commuter Nomvuyo Jacobs, 46, a domestic worker in Walmer, said she had walked for almost two hours to get to work.

‘If I don’t go to work, I don’t get paid. Who’s going to feed my children?’

Several schools in the northern areas reported low attendance, according to the Eastern Cape Department of Education.

Nelson Mandela University said it would move Monday’s lectures online, and several businesses in the CBD allowed staff to work from home.

Operators are due to meet the MMC and representatives of the provincial transport department on Wednesday.""", [
        Q("‘harassment’", "partial", "they", None, speaker_at="what they called"),
        Q("the strike would continue until the metro’s safety and security MMC met operators face to face",
          "indirect", "Mzoxolo Ngcukana-Dlamini", "Mzoxolo Ngcukana-Dlamini"),
        Q("‘Our drivers are being fined R2,500 for things that are not even offences, and their vehicles are "
          "impounded for weeks,’", "direct", "he", "Mzoxolo Ngcukana-Dlamini", speaker_at="he said"),
        Q("‘We are not against the law. We are against bullying.’", "direct", "he", "Mzoxolo Ngcukana-Dlamini",
          speaker_at="he said"),
        Q("‘disappointed’", "partial", "Thandeka Mbalula-Nkosi", "Thandeka Mbalula-Nkosi"),
        Q("‘My door has been open since January. You don’t hold a whole city to ransom because you disagree with a "
          "by-law,’", "direct", "Mbalula-Nkosi", "Thandeka Mbalula-Nkosi", speaker_at="Mbalula-Nkosi told"),
        Q("two people had been arrested in Motherwell after stones were thrown at a municipal bus", "indirect",
          "Priscilla Naidoo", "Priscilla Naidoo"),
        Q("No injuries were reported", "indirect", "she", "Priscilla Naidoo", speaker_at="she said"),
        Q("she had walked for almost two hours to get to work", "indirect", "Nomvuyo Jacobs", "Nomvuyo Jacobs"),
        Q("‘If I don’t go to work, I don’t get paid. Who’s going to feed my children?’", "direct", "Nomvuyo Jacobs",
          "Nomvuyo Jacobs"),
        Q("Several schools in the northern areas reported low attendance", "indirect",
          "the Eastern Cape Department of Education", "Eastern Cape Department of Education"),
        Q("it would move Monday’s lectures online", "indirect", "Nelson Mandela University",
          "Nelson Mandela University"),
    ], source="blind"),
    Case("blind69-mutoko-dam", """Chivake Dam row: villagers vow to resist relocation

A row over the construction of the US$96 million Chivake Dam in Mutoko has escalated, with more than 400 families refusing to move until they are paid compensation promised by government two years ago.

The Zimbabwe National Water Authority (Zinwa) says construction is 38% complete and that the dam, once finished, will irrigate 5 000 hectares and supply water to Mutoko and Murewa towns.

The project is listed among the flagship infrastructure projects of the government’s “Vision 2030” agenda.

But villagers in ward 17 told the Zimbabwe Independent this week that they had been given neither land nor cash since a government valuation team visited in 2022.

“They came with surveyors and told us we would be moved to better land with boreholes and a clinic. Two years later, we have nothing,” said Tapiwa Chigumba, a 63-year-old farmer whose homestead lies in the dam basin.

Headman Simbarashe Marowa, who presides over six villages in the basin, said the graves of at least 60 people would be submerged when the dam fills.

“Our ancestors are buried here. You cannot just pour water over them without proper rituals and consultation,” he said.

Zinwa corporate communications manager Tafadzwa Muchenje-Ndlovu said the authority had set aside funds for relocation and that payments “would begin before the rainy season”.

In a written response to questions, Muchenje-Ndlovu said: “Government is committed to ensuring that no family is left worse off. A valuation exercise was completed in June and the figures are with Treasury.”

The Ministry of Finance did not respond to questions.

Rutendo Gumbo-Mhlanga, a lawyer with Zimbabwe Lawyers for Human Rights, said the families had a strong case under section 72 of the Constitution, which requires fair and adequate compensation before land is acquired.

“If the State wants the land, it must pay first. The Constitution is very clear on that,” Gumbo-Mhlanga said.

Harare-based economist Tinashe Moyo-Sibanda said delays in paying compensation were typical of big infrastructure projects funded from the fiscus. He described Chivake as “a good idea badly executed”.""", [
        Q("construction is 38% complete and that the dam, once finished, will irrigate 5 000 hectares and supply "
          "water to Mutoko and Murewa towns", "indirect", "The Zimbabwe National Water Authority",
          "Zimbabwe National Water Authority"),
        Q("they had been given neither land nor cash since a government valuation team visited in 2022", "indirect",
          "villagers in ward 17", None),
        Q("“They came with surveyors and told us we would be moved to better land with boreholes and a clinic. Two "
          "years later, we have nothing,”", "direct", "Tapiwa Chigumba", "Tapiwa Chigumba"),
        Q("the graves of at least 60 people would be submerged when the dam fills", "indirect",
          "Simbarashe Marowa", "Simbarashe Marowa"),
        Q("“Our ancestors are buried here. You cannot just pour water over them without proper rituals and "
          "consultation,”", "direct", "he", "Simbarashe Marowa", speaker_at="he said"),
        Q("the authority had set aside funds for relocation", "indirect", "Tafadzwa Muchenje-Ndlovu",
          "Tafadzwa Muchenje-Ndlovu"),
        Q("“would begin before the rainy season”", "partial", "Tafadzwa Muchenje-Ndlovu", "Tafadzwa Muchenje-Ndlovu"),
        Q("“Government is committed to ensuring that no family is left worse off. A valuation exercise was completed "
          "in June and the figures are with Treasury.”", "direct", "Muchenje-Ndlovu", "Tafadzwa Muchenje-Ndlovu",
          speaker_at="Muchenje-Ndlovu said:"),
        Q("the families had a strong case under section 72 of the Constitution, which requires fair and adequate "
          "compensation before land is acquired", "indirect", "Rutendo Gumbo-Mhlanga", "Rutendo Gumbo-Mhlanga"),
        Q("“If the State wants the land, it must pay first. The Constitution is very clear on that,”", "direct",
          "Gumbo-Mhlanga", "Rutendo Gumbo-Mhlanga", speaker_at="Gumbo-Mhlanga said"),
        Q("delays in paying compensation were typical of big infrastructure projects funded from the fiscus",
          "indirect", "Tinashe Moyo-Sibanda", "Tinashe Moyo-Sibanda"),
        Q("“a good idea badly executed”", "partial", "He", "Tinashe Moyo-Sibanda", speaker_at="He described"),
    ], source="blind"),
    Case("blind69-sabah-measles", """Measles cases nearly triple in Sabah

KOTA KINABALU: Measles cases in Sabah have nearly tripled in the first 20 weeks of the year, prompting health authorities to step up vaccination drives in the interior and east coast districts.

State Health director Datuk Dr Rosnah Abdul Ghani said 214 confirmed cases had been recorded as of May 18, compared with 73 in the same period last year.

“Most of the cases involve children under five who have not received even a single dose of the MMR vaccine,” she said in a statement yesterday.

She said clusters had been detected in Tawau, Semporna and Keningau, and two children, aged 11 months and three years, had died of complications.

According to Dr Rosnah, coverage for the second dose of MMR in some districts had fallen below 80%, well short of the 95% needed to stop outbreaks.

State Health and People's Wellbeing Committee chairman Datuk Fairuz bin Awang Kamal said the state government would deploy 40 mobile teams to remote villages over the next two months.

“We will go kampung to kampung if we have to. No child should die of a disease we can prevent,” he told reporters after visiting the paediatric ward at Tawau Hospital.

Fairuz also blamed “misleading posts on social media” for vaccine hesitancy among parents and said the state would work with religious leaders and village heads to counter them.

Malaysian Medical Association (MMA) president Dr Tan Wei Ming said the figures were “a warning we cannot ignore”.

“Measles is one of the most contagious diseases known. One infected child can infect up to 18 others,” said Dr Tan, who urged the ministry to make vaccination records compulsory for kindergarten enrolment.

Nurul Aisyah Jamaluddin, 29, a mother of three in Semporna, said she had delayed her youngest daughter's jabs after being told the vaccine contained non-halal ingredients.

“Now I know it is not true. I feel so guilty,” she said, adding that her daughter had recovered after a week in hospital.

The Health Ministry said in a separate statement that the MMR vaccine used in the national immunisation programme had been declared permissible for Muslims, and urged parents to check their children's records.""", [
        Q("214 confirmed cases had been recorded as of May 18, compared with 73 in the same period last year",
          "indirect", "Rosnah Abdul Ghani", "Rosnah Abdul Ghani"),
        Q("“Most of the cases involve children under five who have not received even a single dose of the MMR "
          "vaccine,”", "direct", "she", "Rosnah Abdul Ghani", speaker_at="she said in a statement"),
        Q("clusters had been detected in Tawau, Semporna and Keningau, and two children, aged 11 months and three "
          "years, had died of complications", "indirect", "She", "Rosnah Abdul Ghani", speaker_at="She said clusters"),
        Q("coverage for the second dose of MMR in some districts had fallen below 80%, well short of the 95% needed to "
          "stop outbreaks", "indirect", "Rosnah", "Rosnah Abdul Ghani", speaker_at="According to Dr Rosnah"),
        Q("the state government would deploy 40 mobile teams to remote villages over the next two months",
          "indirect", "Fairuz bin Awang Kamal", "Fairuz bin Awang Kamal"),
        Q("“We will go kampung to kampung if we have to. No child should die of a disease we can prevent,”",
          "direct", "he", "Fairuz bin Awang Kamal", speaker_at="he told reporters"),
        Q("“misleading posts on social media”", "partial", "Fairuz", "Fairuz bin Awang Kamal",
          speaker_at="Fairuz also"),
        Q("the state would work with religious leaders and village heads to counter them", "indirect", "Fairuz",
          "Fairuz bin Awang Kamal", speaker_at="Fairuz also"),
        Q("“a warning we cannot ignore”", "partial", "Tan Wei Ming", "Tan Wei Ming"),
        Q("“Measles is one of the most contagious diseases known. One infected child can infect up to 18 others,”",
          "direct", "Tan", "Tan Wei Ming", speaker_at="said Dr Tan"),
        Q("she had delayed her youngest daughter's jabs after being told the vaccine contained non-halal ingredients",
          "indirect", "Nurul Aisyah Jamaluddin", "Nurul Aisyah Jamaluddin"),
        Q("“Now I know it is not true. I feel so guilty,”", "direct", "she", "Nurul Aisyah Jamaluddin",
          speaker_at="guilty,” she said"),
        Q("her daughter had recovered after a week in hospital", "indirect", "she", "Nurul Aisyah Jamaluddin",
          speaker_at="guilty,” she said"),
        Q("the MMR vaccine used in the national immunisation programme had been declared permissible for Muslims",
          "indirect", "The Health Ministry", "Health Ministry"),
    ], source="blind"),
    Case("blind69-nueva-vizcaya-bus", """14 hurt as bus plunges into ravine in Nueva Vizcaya

BAYOMBONG, Nueva Vizcaya, Philippines — At least 14 passengers were injured, three of them critically, when a provincial bus lost its brakes and plunged into a 20-meter ravine along Dalton Pass in Santa Fe town before dawn yesterday.

Police Lt. Col. Rogelio dela Cruz, Santa Fe police chief, said the Manila-bound bus of Cordillera Star Transit, carrying 38 passengers, was negotiating a sharp curve in Barangay Balete when the driver lost control.

"Based on the initial statement of the driver, the brakes failed while they were going downhill. We are still verifying this," Dela Cruz said in a phone interview.

The driver, identified as Ernesto Bautista Jr., 52, sustained minor injuries and is under police custody pending the filing of charges for reckless imprudence resulting in multiple physical injuries.

Rescuers from the provincial disaster risk reduction and management office (PDRRMO) used ropes to haul injured passengers up the slope.

"It was very dark and the slope was slippery because of the rain. Our team had to carry some victims on stretchers for almost 30 minutes," PDRRMO chief Engr. Marvin Agustin-Lacson said.

Gov. Ma. Teresa Padilla said the injured were brought to the Region II Trauma and Medical Center in Bayombong and to two smaller hospitals in Solano.

"The provincial government will shoulder the hospital bills of all the victims," Padilla said in Filipino.

Land Transportation Franchising and Regulatory Board (LTFRB) spokesperson Atty. Joel Bernabe Ocampo said the agency had issued a 30-day preventive suspension order on 10 units of the bus company.

"We will not allow buses with poor maintenance records to stay on the road, especially with the holiday rush coming," Ocampo said.

A passenger, Lorna Villanueva, 41, told The STAR from her hospital bed that she had heard the driver shouting at passengers to hold on.

"Akala ko katapusan na namin (I thought it was the end for us)," she said.

Cordillera Star Transit could not be reached for comment as of press time.""", [
        Q("the Manila-bound bus of Cordillera Star Transit, carrying 38 passengers, was negotiating a sharp curve in "
          "Barangay Balete when the driver lost control", "indirect", "Rogelio dela Cruz", "Rogelio dela Cruz"),
        Q('"Based on the initial statement of the driver, the brakes failed while they were going downhill. We are '
          'still verifying this,"', "direct", "Dela Cruz", "Rogelio dela Cruz", speaker_at="Dela Cruz said"),
        Q('"It was very dark and the slope was slippery because of the rain. Our team had to carry some victims on '
          'stretchers for almost 30 minutes,"', "direct", "Marvin Agustin-Lacson", "Marvin Agustin-Lacson"),
        Q("the injured were brought to the Region II Trauma and Medical Center in Bayombong and to two smaller "
          "hospitals in Solano", "indirect", "Ma. Teresa Padilla", "Ma. Teresa Padilla"),
        Q('"The provincial government will shoulder the hospital bills of all the victims,"', "direct", "Padilla",
          "Ma. Teresa Padilla", speaker_at="Padilla said in Filipino"),
        Q("the agency had issued a 30-day preventive suspension order on 10 units of the bus company", "indirect",
          "Joel Bernabe Ocampo", "Joel Bernabe Ocampo"),
        Q('"We will not allow buses with poor maintenance records to stay on the road, especially with the holiday '
          'rush coming,"', "direct", "Ocampo", "Joel Bernabe Ocampo", speaker_at='coming," Ocampo said'),
        Q("she had heard the driver shouting at passengers to hold on", "indirect", "Lorna Villanueva",
          "Lorna Villanueva"),
        Q('"Akala ko katapusan na namin (I thought it was the end for us),"', "direct", "she", "Lorna Villanueva",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind69-lahore-chamber-vote", """BUP sweeps LCCI elections

LAHORE – The Business Unity Panel (BUP) on Saturday won all 24 seats of the executive committee of the Lahore Chamber of Commerce and Industry (LCCI) in the annual elections for 2025-26, the chamber’s election commission announced.

According to the election commission, 9,412 of the 14,860 registered members cast their votes, a turnout of 63 percent.

Polling continued from 9am to 5pm amid tight security, with long queues of traders outside the chamber’s premises on Shahrah-e-Aiwan-e-Tijarat.

BUP leader Sheikh Faisal Iqbal, who is expected to be elected LCCI president unopposed later this month, termed the result a mandate against “anti-business policies”.

“The business community has clearly told the government that it cannot keep squeezing the same taxpayers,” Faisal Iqbal told The Nation. “Electricity tariffs of Rs60 per unit are killing industry. We will take this issue to the prime minister.”

He said the new executive committee would also press for the policy rate to be brought down to single digits.

The rival Traders Welfare Alliance (TWA) rejected the results. TWA convener Engr Amjad Hussain Shah alleged that “hundreds of bogus votes” had been cast and said his group would challenge the outcome before the Directorate General of Trade Organizations (DGTO).

“We accept that democracy has its winners and losers, but what happened today was not a fair contest,” Shah said.

The election commission’s chairman, Rizwan Ahmed Butt, dismissed the allegations, saying polling had been conducted “in a completely transparent manner” with CCTV cameras at every booth.

Outgoing president Zahid Ali Khan congratulated the winners and said he hoped the new team would “continue the chamber’s tradition of constructive engagement with the government”.

Officials said the formal notification of the results would be issued on Monday.""", [
        Q("The Business Unity Panel (BUP) on Saturday won all 24 seats of the executive committee of the Lahore "
          "Chamber of Commerce and Industry (LCCI) in the annual elections for 2025-26", "indirect",
          "the chamber’s election commission", None),
        Q("9,412 of the 14,860 registered members cast their votes, a turnout of 63 percent", "indirect",
          "the election commission", None, speaker_at="According to the election commission"),
        Q("“anti-business policies”", "partial", "Faisal Iqbal", "Faisal Iqbal", speaker_at="Sheikh Faisal Iqbal"),
        Q("“The business community has clearly told the government that it cannot keep squeezing the same "
          "taxpayers,”", "direct", "Faisal Iqbal", "Faisal Iqbal", speaker_at="Faisal Iqbal told"),
        Q("“Electricity tariffs of Rs60 per unit are killing industry. We will take this issue to the prime "
          "minister.”", "direct", "Faisal Iqbal", "Faisal Iqbal", speaker_at="Faisal Iqbal told"),
        Q("the new executive committee would also press for the policy rate to be brought down to single digits",
          "indirect", "He", "Faisal Iqbal", speaker_at="He said the new"),
        Q("“hundreds of bogus votes”", "partial", "Amjad Hussain Shah", "Amjad Hussain Shah"),
        Q("his group would challenge the outcome before the Directorate General of Trade Organizations (DGTO)",
          "indirect", "Amjad Hussain Shah", "Amjad Hussain Shah"),
        Q("“We accept that democracy has its winners and losers, but what happened today was not a fair contest,”",
          "direct", "Shah", "Amjad Hussain Shah", speaker_at="Shah said"),
        Q("“in a completely transparent manner”", "partial", "Rizwan Ahmed Butt", "Rizwan Ahmed Butt"),
        Q("“continue the chamber’s tradition of constructive engagement with the government”", "partial",
          "Zahid Ali Khan", "Zahid Ali Khan"),
        Q("the formal notification of the results would be issued on Monday", "indirect", "Officials", None),
    ], source="blind"),
    Case("blind69-nilgiri-tea-results", """Nilgiri Highlands Plantations Q3 net up 41% on firm orthodox prices

Kochi

Nilgiri Highlands Plantations Ltd (NHPL) reported a 41 per cent increase in standalone net profit to ₹38.6 crore for the quarter ended December 31, against ₹27.4 crore in the year-ago period, helped by higher realisations for orthodox teas and lower fertiliser costs.

Revenue from operations rose 9 per cent to ₹312 crore, the company said in a filing with the stock exchanges on Tuesday. The board declared an interim dividend of ₹3 a share.

Managing Director K. Venkataraman said average prices for the company’s teas at the Coonoor and Kochi auctions were up about ₹22 a kg, as crop losses in Assam and Kenya had tightened supply.

“The orthodox segment has been the bright spot. Demand from Iran, Iraq and the CIS countries has been steady, and we have been able to pass on part of the wage increase,” Venkataraman told businessline.

However, he cautioned that production at the company’s 14 estates in the Nilgiris and Wayanad fell 6 per cent in the quarter because of erratic north-east monsoon showers.

The company’s hospitality vertical, which runs heritage bungalow stays under the “Leaf & Mist” brand, posted revenue of ₹11 crore.

According to the United Planters’ Association of Southern India (UPASI), the cost of production in South India has risen to about ₹190 a kg, while average prices at the southern auctions have hovered around ₹150 for much of the year.

UPASI president Priya Ramachandran-Menon said the gap was hurting small growers the most.

“Small growers are selling green leaf below the cost of production. Unless the Tea Board’s minimum price mechanism is extended to the South, many of them will abandon their gardens,” she said.

Rahul D’Souza, an analyst with Marigold Capital, said NHPL’s numbers were “better than expected” but warned that margin gains may not last once the new wage agreement in Tamil Nadu kicks in.

NHPL shares ended 4.2 per cent higher at ₹612.40 on the BSE.""", [
        Q("Revenue from operations rose 9 per cent to ₹312 crore", "indirect", "the company",
          "Nilgiri Highlands Plantations Ltd", speaker_at="the company said"),
        Q("average prices for the company’s teas at the Coonoor and Kochi auctions were up about ₹22 a kg, as crop "
          "losses in Assam and Kenya had tightened supply", "indirect", "K. Venkataraman", "K. Venkataraman"),
        Q("“The orthodox segment has been the bright spot. Demand from Iran, Iraq and the CIS countries has been "
          "steady, and we have been able to pass on part of the wage increase,”", "direct", "Venkataraman",
          "K. Venkataraman", speaker_at="Venkataraman told"),
        Q("production at the company’s 14 estates in the Nilgiris and Wayanad fell 6 per cent in the quarter because "
          "of erratic north-east monsoon showers", "indirect", "he", "K. Venkataraman", speaker_at="he cautioned"),
        Q("the cost of production in South India has risen to about ₹190 a kg, while average prices at the southern "
          "auctions have hovered around ₹150 for much of the year", "indirect",
          "United Planters’ Association of Southern India", "United Planters’ Association of Southern India"),
        Q("the gap was hurting small growers the most", "indirect", "Priya Ramachandran-Menon",
          "Priya Ramachandran-Menon"),
        Q("“Small growers are selling green leaf below the cost of production. Unless the Tea Board’s minimum price "
          "mechanism is extended to the South, many of them will abandon their gardens,”", "direct", "she",
          "Priya Ramachandran-Menon", speaker_at="she said"),
        Q("“better than expected”", "partial", "Rahul D’Souza", "Rahul D’Souza"),
        Q("margin gains may not last once the new wage agreement in Tamil Nadu kicks in", "indirect",
          "Rahul D’Souza", "Rahul D’Souza"),
    ], source="blind"),
]
