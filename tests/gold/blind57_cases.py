"""Blind gold, set 57: short news articles written once, blind to the pretagger, never tuned on.

Wire copy and regional papers from many countries and house styles (curly,
straight and British single quotes). See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind57-gold-bribes", """South Korean customs officer gets 7 years for gold smuggling bribes

SEOUL, Nov. 14 (UPI) -- A South Korean court on Thursday sentenced a former customs officer at Incheon International Airport to seven years in prison for taking bribes from a ring that smuggled more than 400 kilograms of gold bars into the country.

The Incheon District Court found Choi Dong-wook, 52, guilty of accepting about $272,000 in cash, watches and designer bags from the smugglers between 2021 and 2023, the court said in a statement.

"The defendant sold the trust placed in him by the public for personal gain, and the damage to the integrity of our border control is serious," Presiding Judge Han Seo-yeon said as she read out the verdict.

Han said the court had taken into account that Choi had returned part of the money. But she called his conduct "systematic and repeated" and said it warranted a heavy sentence.

Prosecutors had sought 10 years. Three other members of the ring, including its alleged organizer, a 47-year-old Taiwanese national identified only by his surname Lin, received terms of between two and five years.

According to the indictment, couriers flew in from Hong Kong and Osaka with gold strapped to their bodies or hidden inside hollowed-out hair dryers, and Choi waved them through an inspection lane he supervised.

Choi's lawyer, Kang Min-jae, told reporters outside the courtroom that his client would appeal.

"He admits he made mistakes, but the amount the court accepted is simply not supported by the evidence," Kang said. "We will take this to the High Court."

The Korea Customs Service said it "humbly accepts" the ruling and had already changed the way officers are assigned to inspection lanes at the country's main airports.

"Officers are now rotated at random every shift, so no one can know in advance who will be standing at which desk," KCS spokesman Kim Tae-ho told UPI by phone.

Gold smuggling into South Korea has surged as prices hit record highs. Customs detected 1,140 cases last year, nearly double the figure for 2022.

Industry officials say most of the smuggled gold ends up with wholesalers in Seoul's Jongno district, a traditional hub of the jewelry trade, where it can be sold at a premium of 5% or more over prices in Hong Kong.""", [
        Q("The Incheon District Court found Choi Dong-wook, 52, guilty of accepting about $272,000 in cash, watches "
          "and designer bags from the smugglers between 2021 and 2023", "indirect", "the court", "Incheon District Court",
          speaker_at="the court said in a statement"),
        Q('"The defendant sold the trust placed in him by the public for personal gain, and the damage to the '
          'integrity of our border control is serious,"', "direct", "Han Seo-yeon", "Han Seo-yeon"),
        Q("the court had taken into account that Choi had returned part of the money", "indirect", "Han",
          "Han Seo-yeon", speaker_at="Han said"),
        Q('"systematic and repeated"', "partial", "she", "Han Seo-yeon", speaker_at="she called"),
        Q("it warranted a heavy sentence", "indirect", "she", "Han Seo-yeon", speaker_at="she called"),
        Q("couriers flew in from Hong Kong and Osaka with gold strapped to their bodies or hidden inside hollowed-out "
          "hair dryers, and Choi waved them through an inspection lane he supervised", "indirect", "the indictment",
          None),
        Q("that his client would appeal", "indirect", "Kang Min-jae", "Kang Min-jae"),
        Q('"He admits he made mistakes, but the amount the court accepted is simply not supported by the evidence,"',
          "direct", "Kang", "Kang Min-jae", speaker_at="Kang said"),
        Q('"We will take this to the High Court."', "direct", "Kang", "Kang Min-jae", speaker_at="Kang said"),
        Q('"humbly accepts"', "partial", "The Korea Customs Service", "Korea Customs Service"),
        Q("had already changed the way officers are assigned to inspection lanes at the country's main airports",
          "indirect", "The Korea Customs Service", "Korea Customs Service"),
        Q('"Officers are now rotated at random every shift, so no one can know in advance who will be standing at '
          'which desk,"', "direct", "Kim Tae-ho", "Kim Tae-ho"),
        Q("most of the smuggled gold ends up with wholesalers in Seoul's Jongno district, a traditional hub of the "
          "jewelry trade, where it can be sold at a premium of 5% or more over prices in Hong Kong", "indirect",
          "Industry officials", None),
    ], source="blind"),
    Case("blind57-judo-worlds", """Judo: Nishikawa claims 4th world title, Tanabe settles for silver

BUDAPEST, June 14 (Kyodo) -- Ryota Nishikawa won his fourth world judo title on Saturday, throwing Mongolia's Enkhbayar Gantulga for ippon in the men's 73-kilogram final to extend Japan's lead at the top of the medal table in the Hungarian capital.

"I was nervous all morning, but once I stepped onto the tatami my body knew what to do," said the 27-year-old, who trailed on a waza-ari until the last minute of the final. "This medal is for my father. He taught me judo on a mat in our garage in Fukuoka."

Nishikawa, who has been troubled by a right shoulder injury since last autumn, said he had seriously considered pulling out of the championships as recently as last month.

Men's head coach Takanori Ebisawa praised his composure. "He fought with his head today, not only with his strength," Ebisawa said, adding that the team would "study every second" of Kenta Morioka's defeat in the 66-kg final earlier in the session.

In the women's 57-kg class, Haruka Tanabe had to settle for silver after a third penalty in golden score handed victory to France's Amandine de Villiers.

"I have no excuses. She was better today," Tanabe told Kyodo News, fighting back tears. "I will watch the video and come back stronger for the Olympics."

De Villiers, 24, told broadcaster France Televisions that beating a Japanese judoka in a world final had been "the dream of my whole life." South Korea's Kwon Ha-eun and Brazil's Larissa Fonseca da Silva shared the bronze medals.

Japan have won three golds, two silvers and a bronze through four days of competition. All Japan Judo Federation President Shinji Okubo said in a statement that the team had "made a good start, nothing more."

"We came to Budapest aiming for five gold medals. The job is not done," Okubo said.

The International Judo Federation said a record 112 countries had entered this year's championships, which conclude Sunday with the mixed team event.""", [
        Q('"I was nervous all morning, but once I stepped onto the tatami my body knew what to do,"', "direct",
          "the 27-year-old", "Ryota Nishikawa"),
        Q('"This medal is for my father. He taught me judo on a mat in our garage in Fukuoka."', "direct",
          "the 27-year-old", "Ryota Nishikawa"),
        Q("he had seriously considered pulling out of the championships as recently as last month", "indirect",
          "Nishikawa", "Ryota Nishikawa", speaker_at="Nishikawa, who has been troubled"),
        Q('"He fought with his head today, not only with his strength,"', "direct", "Ebisawa", "Takanori Ebisawa",
          speaker_at="Ebisawa said"),
        Q('"study every second"', "partial", "Ebisawa", "Takanori Ebisawa", speaker_at="Ebisawa said"),
        Q('"I have no excuses. She was better today,"', "direct", "Tanabe", "Haruka Tanabe",
          speaker_at="Tanabe told"),
        Q('"I will watch the video and come back stronger for the Olympics."', "direct", "Tanabe", "Haruka Tanabe",
          speaker_at="Tanabe told"),
        Q('"the dream of my whole life."', "partial", "De Villiers", "Amandine de Villiers"),
        Q('"made a good start, nothing more."', "partial", "Shinji Okubo", "Shinji Okubo"),
        Q('"We came to Budapest aiming for five gold medals. The job is not done,"', "direct", "Okubo",
          "Shinji Okubo", speaker_at="Okubo said."),
        Q("a record 112 countries had entered this year's championships, which conclude Sunday with the mixed team "
          "event", "indirect", "The International Judo Federation", "International Judo Federation"),
    ], source="blind"),
    Case("blind57-cement-results", """Kohsar Cement profit jumps 41pc on cheaper coal

KARACHI: Kohsar Cement Company Limited (KCCL) posted a profit after tax of Rs 6.82 billion for the year ended June 30, 2025, up 41 percent from Rs 4.84 billion a year earlier, the company said in a notice to the Pakistan Stock Exchange (PSX) on Tuesday.

Earnings per share rose to Rs 49.60 from Rs 35.21. The board also announced a final cash dividend of Rs 12 per share, or 120 percent.

Net sales increased 9 percent to Rs 61.3 billion, while the gross margin widened to 27.4 percent from 22.1 percent in the previous year.

Analysts at Indus Capital Securities said the improvement in margins came mainly on the back of lower international coal prices and a higher share of cheaper Afghan coal in the company's fuel mix. Finance costs also fell by a third after the State Bank of Pakistan (SBP) cut its policy rate, they added.

"Local demand remains weak because of high construction costs, but exports have given us breathing room," KCCL chief executive Shahid Zaheer-ud-Din said at a corporate briefing on Wednesday.

He said the company would commission a 12-megawatt waste heat recovery plant at its Chakwal site by December, which was expected to cut its electricity bill by around Rs 1.1 billion a year.

Zaheer-ud-Din warned, however, that any increase in federal excise duty in the coming budget "would kill whatever recovery we are seeing in the north."

According to data released by the All Pakistan Cement Manufacturers Association (APCMA), industry-wide despatches fell 4.6 percent to 44.1 million tonnes in FY25, with local sales down 10 percent and exports up 31 percent.

An APCMA spokesman said the industry was operating at barely 55 percent of its installed capacity and that a cut in sales tax on cement was "the only way to revive construction activity in the country."

KCCL shares closed 3.2 percent higher at Rs 1,041.50 on the PSX. A dealer at a Karachi brokerage house said the result was "well above street expectations", particularly on the margin side.

"Everyone was expecting a good number, but not this good," said Muhammad Ali Qureshi, head of research at a local securities firm. "If coal stays where it is, the first half of FY26 should also be strong."

Other cement makers are expected to announce their annual results over the next two weeks.""", [
        Q("Kohsar Cement Company Limited (KCCL) posted a profit after tax of Rs 6.82 billion for the year ended June 30, "
          "2025, up 41 percent from Rs 4.84 billion a year earlier", "indirect", "the company",
          "Kohsar Cement Company Limited", speaker_at="the company said"),
        Q("the improvement in margins came mainly on the back of lower international coal prices and a higher share of "
          "cheaper Afghan coal in the company's fuel mix", "indirect", "Analysts at Indus Capital Securities", None),
        Q("Finance costs also fell by a third after the State Bank of Pakistan (SBP) cut its policy rate", "indirect",
          "they", None, speaker_at="they added"),
        Q('"Local demand remains weak because of high construction costs, but exports have given us breathing room,"',
          "direct", "Shahid Zaheer-ud-Din", "Shahid Zaheer-ud-Din"),
        Q("the company would commission a 12-megawatt waste heat recovery plant at its Chakwal site by December, which "
          "was expected to cut its electricity bill by around Rs 1.1 billion a year", "indirect", "He",
          "Shahid Zaheer-ud-Din", speaker_at="He said the company"),
        Q('"would kill whatever recovery we are seeing in the north."', "partial", "Zaheer-ud-Din",
          "Shahid Zaheer-ud-Din", speaker_at="Zaheer-ud-Din warned"),
        Q("industry-wide despatches fell 4.6 percent to 44.1 million tonnes in FY25, with local sales down 10 percent "
          "and exports up 31 percent", "indirect", "All Pakistan Cement Manufacturers Association",
          "All Pakistan Cement Manufacturers Association"),
        Q("the industry was operating at barely 55 percent of its installed capacity", "indirect",
          "An APCMA spokesman", None),
        Q('"the only way to revive construction activity in the country."', "partial", "An APCMA spokesman", None),
        Q('"well above street expectations"', "partial", "A dealer at a Karachi brokerage house", None),
        Q('"Everyone was expecting a good number, but not this good,"', "direct", "Muhammad Ali Qureshi",
          "Muhammad Ali Qureshi"),
        Q('"If coal stays where it is, the first half of FY26 should also be strong."', "direct",
          "Muhammad Ali Qureshi", "Muhammad Ali Qureshi"),
    ], source="blind"),
    Case("blind57-bin-strike", """Bin strike to go ahead after last-ditch pay talks collapse

Bin collectors across West Northamptonshire will walk out for a fortnight from Monday after last-ditch talks over pay broke down, the GMB union has confirmed.

More than 150 drivers and loaders employed by Brightway Environmental, which runs the collection contract for West Northamptonshire Council (WNC), voted by 91 per cent to strike last month.

‘Our members have been offered a rise that doesn’t even keep pace with their rent,’ said GMB regional organiser Ruth Ashby-Kerr. ‘Nobody wants to see rubbish piling up on the streets of Northampton, but they have been left with no choice.

‘We are asking the council, which pays for this contract, to get round the table and stop hiding behind the company.’

Ms Ashby-Kerr said a loader on the contract currently earns £23,900 a year, and that the 3.5 per cent offered by the firm amounted to ‘a real-terms pay cut’.

A spokesperson for Brightway Environmental said the company had made a ‘fair and affordable’ offer and remained ‘open to further talks at any time’.

The council says it has drawn up contingency plans that will prioritise general waste, with recycling and garden waste collections likely to be suspended. Food waste caddies will still be emptied where possible.

Cllr Femi Adebayo-Hughes, cabinet member for environment, said: ‘We would urge residents to hold on to their recycling until the dispute is over and not to leave extra bags out, as they will not be collected.’

‘This is a dispute between a contractor and its workforce,’ he added, ‘and we are not a party to it, but we are keeping a very close eye on the situation.’

The last walkout, in the summer of 2022, left bags uncollected on streets in Duston, Kingsthorpe and St James for almost three weeks.

Pensioner Margaret O’Driscoll, 78, of Kingsthorpe, said she dreaded a repeat. ‘Last time we had foxes ripping the bags open every night,’ she said. ‘It was like living next door to the tip.’

Residents who want to report missed collections are being directed to the council’s ‘Fix My Street’ page rather than the contractor’s helpline.""", [
        Q("Bin collectors across West Northamptonshire will walk out for a fortnight from Monday after last-ditch talks "
          "over pay broke down", "indirect", "the GMB union", "GMB"),
        Q("‘Our members have been offered a rise that doesn’t even keep pace with their rent,’", "direct",
          "Ruth Ashby-Kerr", "Ruth Ashby-Kerr"),
        Q("‘Nobody wants to see rubbish piling up on the streets of Northampton, but they have been left with no "
          "choice.", "direct", "Ruth Ashby-Kerr", "Ruth Ashby-Kerr"),
        Q("‘We are asking the council, which pays for this contract, to get round the table and stop hiding behind the "
          "company.’", "direct", "Ruth Ashby-Kerr", "Ruth Ashby-Kerr"),
        Q("a loader on the contract currently earns £23,900 a year", "indirect", "Ashby-Kerr", "Ruth Ashby-Kerr",
          speaker_at="Ms Ashby-Kerr"),
        Q("‘a real-terms pay cut’", "partial", "Ashby-Kerr", "Ruth Ashby-Kerr", speaker_at="Ms Ashby-Kerr"),
        Q("‘fair and affordable’", "partial", "A spokesperson for Brightway Environmental", None),
        Q("‘open to further talks at any time’", "partial", "A spokesperson for Brightway Environmental", None),
        Q("it has drawn up contingency plans that will prioritise general waste, with recycling and garden waste "
          "collections likely to be suspended", "indirect", "The council", "West Northamptonshire Council"),
        Q("‘We would urge residents to hold on to their recycling until the dispute is over and not to leave extra "
          "bags out, as they will not be collected.’", "direct", "Femi Adebayo-Hughes", "Femi Adebayo-Hughes"),
        Q("‘This is a dispute between a contractor and its workforce,’", "direct", "he", "Femi Adebayo-Hughes",
          speaker_at="he added"),
        Q("‘and we are not a party to it, but we are keeping a very close eye on the situation.’", "direct", "he",
          "Femi Adebayo-Hughes", speaker_at="he added"),
        Q("she dreaded a repeat", "indirect", "Margaret O’Driscoll", "Margaret O’Driscoll"),
        Q("‘Last time we had foxes ripping the bags open every night,’", "direct", "she", "Margaret O’Driscoll",
          speaker_at="she said"),
        Q("‘It was like living next door to the tip.’", "direct", "she", "Margaret O’Driscoll",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind57-shinty-semi", """Kingussie edge Oban Camanachd in Macaulay Cup thriller

Oban Camanachd’s hopes of a first Macaulay Cup final in six years ended at Mossfield on Saturday as Kingussie came from behind to win 3-2 in front of a crowd of more than 800.

Goals from Ruaraidh MacIntyre and Lachie MacDougall had Oban two up inside 25 minutes, but veteran Donald ‘Dodo’ MacLeod pulled one back before the interval and two late strikes from teenager Finlay Grant-Munro turned the tie on its head.

Oban manager Iain MacKinnon did not hide his frustration afterwards.

‘We were the better side for an hour and we let them off the hook,’ he said. ‘Against a team like Kingussie you just can’t do that. They’ve been in more semi-finals than we’ve had hot dinners and they know how to see a game out.’

MacDougall was forced off with a head knock midway through the second half, and the home side never regained their rhythm.

‘The boys,’ said MacKinnon, ‘will be hurting tonight, and so they should be. But I couldn’t have asked for any more effort.’

Kingussie manager Ewan Robertson said his side had ‘dug in’ when it mattered and paid tribute to Grant-Munro, who only turned 17 last month.

‘Finlay has been knocking on the door all season,’ Robertson told The Oban Times. ‘He’s got a wee bit of everything, and today he showed what he can do on the big occasion.’

Oban captain Ruaraidh MacIntyre said the dressing room was ‘pretty quiet’ at full time but insisted the season was far from over, with the club still in contention for the Mowi Premiership title.

A Camanachd Association spokesman confirmed the final will be played at the Bught Park, Inverness, on Saturday, September 6, with the throw-up at 3pm.

Kingussie will face either Lovat or Kyles Athletic, who meet in the other semi-final at Kirkhill next weekend.

Elsewhere, Skye kept their hopes of promotion alive with a 4-0 win over Inveraray at Portree, while Lochaber and Glenurquhart drew 1-1 at Spean Bridge.""", [
        Q("‘We were the better side for an hour and we let them off the hook,’", "direct", "he", "Iain MacKinnon",
          speaker_at="he said"),
        Q("‘Against a team like Kingussie you just can’t do that. They’ve been in more semi-finals than we’ve had hot "
          "dinners and they know how to see a game out.’", "direct", "he", "Iain MacKinnon", speaker_at="he said"),
        Q("‘The boys,’", "direct", "MacKinnon", "Iain MacKinnon", speaker_at="said MacKinnon"),
        Q("‘will be hurting tonight, and so they should be. But I couldn’t have asked for any more effort.’", "direct",
          "MacKinnon", "Iain MacKinnon", speaker_at="said MacKinnon"),
        Q("‘dug in’", "partial", "Ewan Robertson", "Ewan Robertson"),
        Q("‘Finlay has been knocking on the door all season,’", "direct", "Robertson", "Ewan Robertson",
          speaker_at="Robertson told"),
        Q("‘He’s got a wee bit of everything, and today he showed what he can do on the big occasion.’", "direct",
          "Robertson", "Ewan Robertson", speaker_at="Robertson told"),
        Q("‘pretty quiet’", "partial", "Ruaraidh MacIntyre", "Ruaraidh MacIntyre",
          speaker_at="captain Ruaraidh MacIntyre"),
        Q("the season was far from over, with the club still in contention for the Mowi Premiership title", "indirect",
          "Ruaraidh MacIntyre", "Ruaraidh MacIntyre", speaker_at="captain Ruaraidh MacIntyre"),
        Q("the final will be played at the Bught Park, Inverness, on Saturday, September 6, with the throw-up at 3pm",
          "indirect", "A Camanachd Association spokesman", None),
    ], source="blind"),
    Case("blind57-quarry-row", """Quarry plan would ‘swallow’ our valley, say Ballyrahan residents

More than 200 people packed into Ballyrahan Community Hall on Tuesday night to voice their opposition to plans to more than double the size of a quarry outside the village.

Kilbride Aggregates has applied to Kilkenny County Council for permission to extend extraction at its Ballyrahan pit from 11 to 26 hectares and to continue blasting for a further 20 years. According to the application, the extension would secure 35 direct jobs and supply stone for road projects across the south-east.

“This is a quiet valley where people have farmed for generations, and they want to turn it into an industrial zone,” said Bríd Kehoe, chairperson of the Ballyrahan Residents’ Association.

“We have children walking to school on a road that already has 60 lorry movements a day. If this goes through, that will double.

“Nobody is against jobs. But nobody asked us either.”

Parish priest Fr Seán Ó Dúill told the meeting that vibrations from blasting had already caused cracks in the walls of St Kieran’s Church, which dates from 1847. “We had an engineer out last spring and he could not rule it out,” he said.

Local councillor Máire Ní Bhriain (FF) said she had received “dozens and dozens” of calls about the proposal and would raise it at the next meeting of the Municipal District.

“I have lived here all my life and I have never seen this community as united as it is tonight,” Cllr Ní Bhriain said. “Ye have my word that I will fight this.”

The residents’ association has hired planning consultant Declan Fitzgerald-Ryan, who described the application as “deficient in a number of respects”, particularly on traffic and groundwater.

In a statement to the Kilkenny People, Kilbride Aggregates said the extension was “essential to the future of the business” and that it had complied fully with every condition of its existing permission. The company said it would hold an open day at the site next month.

A spokesperson for Kilkenny County Council said the application was under assessment and a decision was due by March 14. Submissions can be made until February 20.""", [
        Q("‘swallow’", "partial", "Ballyrahan residents", None),
        Q("the extension would secure 35 direct jobs and supply stone for road projects across the south-east",
          "indirect", "the application", None, speaker_at="According to the application"),
        Q("“This is a quiet valley where people have farmed for generations, and they want to turn it into an "
          "industrial zone,”", "direct", "Bríd Kehoe", "Bríd Kehoe"),
        Q("“We have children walking to school on a road that already has 60 lorry movements a day. If this goes "
          "through, that will double.", "direct", "Bríd Kehoe", "Bríd Kehoe"),
        Q("“Nobody is against jobs. But nobody asked us either.”", "direct", "Bríd Kehoe", "Bríd Kehoe"),
        Q("that vibrations from blasting had already caused cracks in the walls of St Kieran’s Church, which dates "
          "from 1847", "indirect", "Seán Ó Dúill", "Seán Ó Dúill"),
        Q("“We had an engineer out last spring and he could not rule it out,”", "direct", "he", "Seán Ó Dúill",
          speaker_at="he said"),
        Q("“dozens and dozens”", "partial", "Máire Ní Bhriain", "Máire Ní Bhriain"),
        Q("would raise it at the next meeting of the Municipal District", "indirect", "Máire Ní Bhriain",
          "Máire Ní Bhriain"),
        Q("“I have lived here all my life and I have never seen this community as united as it is tonight,”",
          "direct", "Ní Bhriain", "Máire Ní Bhriain", speaker_at="Cllr Ní Bhriain said"),
        Q("“Ye have my word that I will fight this.”", "direct", "Ní Bhriain", "Máire Ní Bhriain",
          speaker_at="Cllr Ní Bhriain said"),
        Q("“deficient in a number of respects”", "partial", "Declan Fitzgerald-Ryan", "Declan Fitzgerald-Ryan"),
        Q("“essential to the future of the business”", "partial", "Kilbride Aggregates", "Kilbride Aggregates",
          speaker_at="Kilbride Aggregates said"),
        Q("that it had complied fully with every condition of its existing permission", "indirect", "Kilbride Aggregates",
          "Kilbride Aggregates", speaker_at="Kilbride Aggregates said"),
        Q("it would hold an open day at the site next month", "indirect", "The company", "Kilbride Aggregates"),
        Q("the application was under assessment and a decision was due by March 14", "indirect",
          "A spokesperson for Kilkenny County Council", None),
    ], source="blind"),
    Case("blind57-hailstorm", """Golf ball-sized hail smashes homes and glasshouses across south-west

Hundreds of homes, cars and glasshouses were damaged across the south-west on Tuesday evening when a severe thunderstorm dumped hail the size of golf balls on Koroit, Killarney and the northern edge of Warrnambool.

VICSES received 212 calls for help between 5pm and midnight, most of them for damaged roofs and smashed skylights, a spokeswoman for the emergency service said.

"Our volunteers worked right through the night and they'll be back out at first light," Warrnambool SES unit controller Kylie van der Linden said on Wednesday morning. "We're asking people to be patient. We will get to everyone."

Bureau of Meteorology senior forecaster Dr Anil Raghunathan said the damage was caused by a supercell thunderstorm that formed north of Mortlake and tracked south-west towards the coast.

"These storms are relatively rare in this part of Victoria, but when they do occur they can be very destructive," Dr Raghunathan said. He said further storms were possible on Thursday but were unlikely to be as severe.

Koroit dairy farmer Dean Vandersluys said the storm lasted barely 20 minutes. "It came through like a freight train. The noise on the shed roof was unbelievable," he said.

"I've got calves in the hospital pen with cuts on their backs, and the paddocks look like someone's gone over them with a mower."

On Tower Hill Road, market gardener Tran Thi Minh lost almost her entire crop of tomatoes and capsicums when the roofs of two glasshouses caved in.

"Everything is gone. Ten years of work, finished in a quarter of an hour," Ms Tran said, standing among the shattered panes.

Her son, Peter Nguyen, said the family had not insured the glasshouses since premiums became "impossible" after a similar storm in 2019.

Moyne Shire mayor Jim Doukas described the damage in Koroit as "heartbreaking" and urged residents to check on elderly neighbours. The council will waive tip fees for storm debris until the end of the month.

The Insurance Council of Australia said it had received more than 900 claims from the region by Wednesday afternoon and expected the number to "at least double" over the coming days.

Anyone needing emergency help should call the SES on 132 500.""", [
        Q("VICSES received 212 calls for help between 5pm and midnight, most of them for damaged roofs and smashed "
          "skylights", "indirect", "a spokeswoman for the emergency service", None),
        Q('"Our volunteers worked right through the night and they\'ll be back out at first light,"', "direct",
          "Kylie van der Linden", "Kylie van der Linden"),
        Q('"We\'re asking people to be patient. We will get to everyone."', "direct", "Kylie van der Linden",
          "Kylie van der Linden"),
        Q("the damage was caused by a supercell thunderstorm that formed north of Mortlake and tracked south-west "
          "towards the coast", "indirect", "Anil Raghunathan", "Anil Raghunathan"),
        Q('"These storms are relatively rare in this part of Victoria, but when they do occur they can be very '
          'destructive,"', "direct", "Raghunathan", "Anil Raghunathan", speaker_at="Dr Raghunathan said"),
        Q("further storms were possible on Thursday but were unlikely to be as severe", "indirect", "He",
          "Anil Raghunathan", speaker_at="He said further"),
        Q("the storm lasted barely 20 minutes", "indirect", "Dean Vandersluys", "Dean Vandersluys"),
        Q('"It came through like a freight train. The noise on the shed roof was unbelievable,"', "direct", "he",
          "Dean Vandersluys", speaker_at="he said"),
        Q('"I\'ve got calves in the hospital pen with cuts on their backs, and the paddocks look like someone\'s gone '
          'over them with a mower."', "direct", "he", "Dean Vandersluys", speaker_at="he said"),
        Q('"Everything is gone. Ten years of work, finished in a quarter of an hour,"', "direct", "Tran",
          "Tran Thi Minh", speaker_at="Ms Tran said"),
        Q('"impossible"', "partial", "Peter Nguyen", "Peter Nguyen"),
        Q('"heartbreaking"', "partial", "Jim Doukas", "Jim Doukas"),
        Q("it had received more than 900 claims from the region by Wednesday afternoon", "indirect",
          "The Insurance Council of Australia", "Insurance Council of Australia"),
        Q('"at least double"', "partial", "The Insurance Council of Australia", "Insurance Council of Australia"),
    ], source="blind"),
    Case("blind57-marina-row", """Tutukākā marina expansion draws fire from hapū and charter skippers

A proposal to add 120 berths and a boat-stacking shed to the marina at Tutukākā has drawn more than 400 submissions, most of them opposed, ahead of a resource consent hearing in Whangārei next month.

Pacific Bay Marina Holdings wants to reclaim 1.4 hectares of the harbour’s northern shore and dredge a new access channel, according to its application to the Northland Regional Council.

Managing director Craig Whitfield-Jones told the Northern Advocate the marina had a waiting list of more than 300 boats and that the expansion would bring “tens of millions of dollars” into the Tutukākā Coast economy over the next decade.

“People are already towing their boats to Whangārei because there’s nowhere to put them here,” he said. “We’ve done the work on the environmental effects and we’re confident it stacks up.”

But Ngātiwai kaumātua Hone Pomare-Tautahi said the harbour was a taonga and that the hapū had not been properly consulted before the application was lodged.

“The application talks about ‘engagement’. Two emails and a cup of tea is not engagement,” Mr Pomare-Tautahi said.

“Our tūpuna gathered kaimoana on that shore. Once it is under concrete, it is gone for good.”

Charter skipper Lars Henriksen, who has run dive trips to the Poor Knights Islands out of Tutukākā for 22 years, said dredging would stir up sediment over the reef at the harbour mouth.

“You only need to look at what happened at Ōpua when they dug out the channel there,” Henriksen said. “The water was brown for months.”

Other submitters raised concerns about traffic on Tutukākā Block Rd, which already struggles to cope with summer crowds, and about the height of the proposed shed.

Whangārei district councillor Amber Tuhiwai, who lives in Matapōuri, said she could not comment on a live application but encouraged anyone with a view to attend the hearing.

A spokesperson for the regional council said independent commissioners would hear the application and that all submitters who had asked to speak would be given the chance.

The hearing is scheduled to begin at Forum North on March 3 and is expected to run for four days.""", [
        Q("Pacific Bay Marina Holdings wants to reclaim 1.4 hectares of the harbour’s northern shore and dredge a new "
          "access channel", "indirect", "its application to the Northland Regional Council", None),
        Q("the marina had a waiting list of more than 300 boats", "indirect", "Craig Whitfield-Jones",
          "Craig Whitfield-Jones"),
        Q("“tens of millions of dollars”", "partial", "Craig Whitfield-Jones", "Craig Whitfield-Jones"),
        Q("“People are already towing their boats to Whangārei because there’s nowhere to put them here,”", "direct",
          "he", "Craig Whitfield-Jones", speaker_at="he said"),
        Q("“We’ve done the work on the environmental effects and we’re confident it stacks up.”", "direct", "he",
          "Craig Whitfield-Jones", speaker_at="he said"),
        Q("the harbour was a taonga and that the hapū had not been properly consulted before the application was "
          "lodged", "indirect", "Hone Pomare-Tautahi", "Hone Pomare-Tautahi"),
        Q("“The application talks about ‘engagement’. Two emails and a cup of tea is not engagement,”", "direct",
          "Pomare-Tautahi", "Hone Pomare-Tautahi", speaker_at="Mr Pomare-Tautahi said"),
        Q("“Our tūpuna gathered kaimoana on that shore. Once it is under concrete, it is gone for good.”", "direct",
          "Pomare-Tautahi", "Hone Pomare-Tautahi", speaker_at="Mr Pomare-Tautahi said"),
        Q("dredging would stir up sediment over the reef at the harbour mouth", "indirect", "Lars Henriksen",
          "Lars Henriksen"),
        Q("“You only need to look at what happened at Ōpua when they dug out the channel there,”", "direct",
          "Henriksen", "Lars Henriksen", speaker_at="Henriksen said"),
        Q("“The water was brown for months.”", "direct", "Henriksen", "Lars Henriksen", speaker_at="Henriksen said"),
        Q("she could not comment on a live application", "indirect", "Amber Tuhiwai", "Amber Tuhiwai"),
        Q("independent commissioners would hear the application and that all submitters who had asked to speak would "
          "be given the chance", "indirect", "A spokesperson for the regional council", None),
    ], source="blind"),
    Case("blind57-anthrax-mbeya", """Anthrax alert in Mbeya as three die after eating carcass meat

Mbeya. Health authorities in Mbeya Region have issued an anthrax alert after three people died and 17 others were admitted to hospital in Mbarali District after eating meat from a cow that had died of unknown causes.

According to a statement issued yesterday by the Ministry of Health, samples taken from the patients and from the remains of the animal tested positive for Bacillus anthracis at the Tanzania Veterinary Laboratory Agency (TVLA) in Dar es Salaam.

Mbarali District Medical Officer Dr Elias Mwakalinga told The Citizen that the victims, all from Igurusi ward, had developed skin sores, fever and vomiting within days of eating the meat.

“Two of the deceased came to us very late, after trying traditional remedies at home. The third had the intestinal form of the disease, which is very difficult to treat,” said Dr Mwakalinga.

He said the 17 patients were responding well to antibiotics and that more than 60 people who may have eaten the meat were being monitored.

Residents said the cow had belonged to a neighbour who slaughtered it and shared the meat at a family gathering after it collapsed in a grazing field.

Mbeya Regional Commissioner Abdallah Said Chilumba has since banned the movement and slaughter of livestock in four wards. Speaking at a public meeting in Igurusi on Sunday, Mr Chilumba warned that anyone found selling meat from animals that had not been inspected would face prosecution.

“This is not a time for jokes. A dead animal must be buried, not eaten,” he said.

Livestock keeper Mzee Yohana Mwasomola, 68, said he had lost four cows in the past month alone.

“We thought it was the heat. Nobody told us it could be this disease,” Mzee Mwasomola said.

Acting Chief Veterinary Officer Dr Rehema Kilonzo-Mushi said a vaccination campaign targeting 40,000 cattle in the affected wards would start next week, with teams also expected to visit neighbouring Chunya District.

“Anthrax spores can survive in the soil for decades. Vaccinating every year is the only real protection for herds and for the people who depend on them,” she said.

Tanzania has recorded sporadic anthrax outbreaks in recent years, mostly in livestock-keeping areas of the southern highlands and the Lake Zone.""", [
        Q("samples taken from the patients and from the remains of the animal tested positive for Bacillus anthracis "
          "at the Tanzania Veterinary Laboratory Agency (TVLA) in Dar es Salaam", "indirect", "the Ministry of Health",
          "Ministry of Health"),
        Q("that the victims, all from Igurusi ward, had developed skin sores, fever and vomiting within days of eating "
          "the meat", "indirect", "Elias Mwakalinga", "Elias Mwakalinga"),
        Q("“Two of the deceased came to us very late, after trying traditional remedies at home. The third had the "
          "intestinal form of the disease, which is very difficult to treat,”", "direct", "Mwakalinga",
          "Elias Mwakalinga", speaker_at="said Dr Mwakalinga"),
        Q("the 17 patients were responding well to antibiotics and that more than 60 people who may have eaten the meat "
          "were being monitored", "indirect", "He", "Elias Mwakalinga", speaker_at="He said the 17"),
        Q("the cow had belonged to a neighbour who slaughtered it and shared the meat at a family gathering after it "
          "collapsed in a grazing field", "indirect", "Residents", None),
        Q("that anyone found selling meat from animals that had not been inspected would face prosecution", "indirect",
          "Chilumba", "Abdallah Said Chilumba", speaker_at="Mr Chilumba warned"),
        Q("“This is not a time for jokes. A dead animal must be buried, not eaten,”", "direct", "he",
          "Abdallah Said Chilumba", speaker_at="he said"),
        Q("he had lost four cows in the past month alone", "indirect", "Yohana Mwasomola", "Yohana Mwasomola"),
        Q("“We thought it was the heat. Nobody told us it could be this disease,”", "direct", "Mwasomola",
          "Yohana Mwasomola", speaker_at="Mzee Mwasomola said"),
        Q("a vaccination campaign targeting 40,000 cattle in the affected wards would start next week, with teams also "
          "expected to visit neighbouring Chunya District", "indirect", "Rehema Kilonzo-Mushi", "Rehema Kilonzo-Mushi"),
        Q("“Anthrax spores can survive in the soil for decades. Vaccinating every year is the only real protection for "
          "herds and for the people who depend on them,”", "direct", "she", "Rehema Kilonzo-Mushi",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind57-oyo-byelection", """APC wins Oyo North by-election as PDP heads to tribunal

The candidate of the All Progressives Congress (APC), Chief Olabode Adeyemi-Bakare, has been declared winner of Saturday’s by-election into the Oyo North Federal Constituency seat in the House of Representatives.

Announcing the result at the Independent National Electoral Commission (INEC) collation centre in Saki on Sunday, the Returning Officer, Prof. Chinedu Okonkwo-Eze of the University of Ibadan, said Adeyemi-Bakare polled 41,208 votes to defeat his closest rival, Taofeek Olanrewaju of the Peoples Democratic Party (PDP), who scored 29,774.

“Having satisfied the requirements of the law and scored the highest number of votes cast, Olabode Adeyemi-Bakare of the APC is hereby declared the winner and returned elected,” he announced.

The seat became vacant following the death in March of Hon. Kehinde Lawal, who had represented the constituency since 2019.

In his acceptance speech, Adeyemi-Bakare dedicated the victory to the people of Oke-Ogun. “They came out in the rain to vote, and I will not disappoint them,” he said. “The first bill I sponsor will be on the Saki-Ogbooro road.”

But the PDP rejected the outcome, describing the exercise as “a daylight robbery”.

In a statement on Sunday, the party’s state publicity secretary, Alhaji Rasheed Oyelami, alleged that thugs had disrupted voting in at least 14 polling units and that result sheets were altered at ward collation centres in Iseyin and Itesiwaju.

“We have the evidence, we have the videos, and we are heading to the tribunal,” Oyelami said.

The Centre for Democratic Accountability (CDA), which deployed 120 observers, said turnout was about 23 per cent and described vote buying as “widespread and brazen” in several wards, with voters paid between N5,000 and N10,000.

The Oyo State Police Command spokesperson, SP Olufunke Adegbite-Alli, said two suspects were arrested with unused ballot papers in Iseyin and would be charged to court.

In Abuja, the APC National Chairman, Sen. Ibrahim Danjuma Gwarzo, said the result showed that “the people of Oyo State have seen the light” and predicted that the party would take the governorship in 2027.

The National Assembly is expected to swear in the new member when plenary resumes next week.""", [
        Q("Adeyemi-Bakare polled 41,208 votes to defeat his closest rival, Taofeek Olanrewaju of the Peoples Democratic "
          "Party (PDP), who scored 29,774", "indirect", "Chinedu Okonkwo-Eze", "Chinedu Okonkwo-Eze"),
        Q("“Having satisfied the requirements of the law and scored the highest number of votes cast, Olabode "
          "Adeyemi-Bakare of the APC is hereby declared the winner and returned elected,”", "direct", "he",
          "Chinedu Okonkwo-Eze", speaker_at="he announced"),
        Q("“They came out in the rain to vote, and I will not disappoint them,”", "direct", "he",
          "Olabode Adeyemi-Bakare", speaker_at="he said"),
        Q("“The first bill I sponsor will be on the Saki-Ogbooro road.”", "direct", "he", "Olabode Adeyemi-Bakare",
          speaker_at="he said"),
        Q("“a daylight robbery”", "partial", "the PDP", "Peoples Democratic Party", speaker_at="But the PDP"),
        Q("that thugs had disrupted voting in at least 14 polling units and that result sheets were altered at ward "
          "collation centres in Iseyin and Itesiwaju", "indirect", "Rasheed Oyelami", "Rasheed Oyelami"),
        Q("“We have the evidence, we have the videos, and we are heading to the tribunal,”", "direct", "Oyelami",
          "Rasheed Oyelami", speaker_at="Oyelami said"),
        Q("turnout was about 23 per cent", "indirect", "The Centre for Democratic Accountability (CDA)",
          "Centre for Democratic Accountability"),
        Q("“widespread and brazen”", "partial", "The Centre for Democratic Accountability (CDA)",
          "Centre for Democratic Accountability"),
        Q("two suspects were arrested with unused ballot papers in Iseyin and would be charged to court", "indirect",
          "Olufunke Adegbite-Alli", "Olufunke Adegbite-Alli"),
        Q("“the people of Oyo State have seen the light”", "partial", "Ibrahim Danjuma Gwarzo",
          "Ibrahim Danjuma Gwarzo"),
        Q("that the party would take the governorship in 2027", "indirect", "Ibrahim Danjuma Gwarzo",
          "Ibrahim Danjuma Gwarzo"),
    ], source="blind"),
    Case("blind57-obit-unionist", """Veteran trade unionist Sipho 'Bra Sips' Mkhize dies at 81

Sipho Mkhize, the former textile worker who led one of the longest strikes in Pietermaritzburg's history and later became a founding member of Cosatu in KwaZulu-Natal, has died. He was 81.

Mkhize died at Grey's Hospital on Tuesday after a short illness, his family said in a statement.

"Baba was a man who never stopped fighting for the worker, even when it cost him everything," his daughter, Nomvula Mkhize-Dlamini, told The Witness. "He would want people to remember the struggle, not him."

Born in Edendale in 1944, Mkhize started work at 16 as a cutter at Natal Knitwear in Willowton, where he was elected shop steward a decade later.

In 1985 he led 900 workers out on a 14-week strike over wages and the dismissal of two colleagues. In a 2014 interview with this newspaper, Mkhize recalled that management had "locked the gates and called the police before we even sat down".

"We had nothing but each other. Every morning we counted heads to see who had been arrested in the night," he said at the time.

Johan van der Westhuizen, then the factory's personnel manager, said Mkhize had been a hard but honest negotiator.

"We sat across the table from each other for 14 weeks. I never once caught him in a lie," Van der Westhuizen, now 79, said on Wednesday.

Cosatu's provincial secretary in KwaZulu-Natal, Bheki Zungu, said the federation had lost "one of its founding pillars".

"Comrade Sipho taught a whole generation of shop stewards how to organise, how to read a balance sheet and how to keep their tempers," Zungu said. "Many of us in the leadership today learnt at his kitchen table."

The Southern African Clothing and Textile Workers' Union (Sactwu) said flags at its offices in the province would fly at half-mast until after the funeral.

A memorial service will be held at the Edendale Lay Ecumenical Centre on Friday, and the funeral at St Mary's Anglican Church in Edendale on Saturday, where Rev Zanele Hlongwane will officiate. Hlongwane, who knew Mkhize for more than 40 years, described him as "a deeply spiritual man who never spoke about it".

He is survived by his wife, Thembeka, three children and eight grandchildren.""", [
        Q("Mkhize died at Grey's Hospital on Tuesday after a short illness", "indirect", "his family", None),
        Q('"Baba was a man who never stopped fighting for the worker, even when it cost him everything,"', "direct",
          "Nomvula Mkhize-Dlamini", "Nomvula Mkhize-Dlamini"),
        Q('"He would want people to remember the struggle, not him."', "direct", "Nomvula Mkhize-Dlamini",
          "Nomvula Mkhize-Dlamini"),
        Q('"locked the gates and called the police before we even sat down"', "partial", "Mkhize", "Sipho Mkhize",
          speaker_at="Mkhize recalled"),
        Q('"We had nothing but each other. Every morning we counted heads to see who had been arrested in the night,"',
          "direct", "he", "Sipho Mkhize", speaker_at="he said at the time"),
        Q("Mkhize had been a hard but honest negotiator", "indirect", "Johan van der Westhuizen",
          "Johan van der Westhuizen"),
        Q('"We sat across the table from each other for 14 weeks. I never once caught him in a lie,"', "direct",
          "Van der Westhuizen", "Johan van der Westhuizen"),
        Q('"one of its founding pillars"', "partial", "Bheki Zungu", "Bheki Zungu"),
        Q('"Comrade Sipho taught a whole generation of shop stewards how to organise, how to read a balance sheet and '
          'how to keep their tempers,"', "direct", "Zungu", "Bheki Zungu", speaker_at="Zungu said"),
        Q('"Many of us in the leadership today learnt at his kitchen table."', "direct", "Zungu", "Bheki Zungu",
          speaker_at="Zungu said"),
        Q("flags at its offices in the province would fly at half-mast until after the funeral", "indirect",
          "The Southern African Clothing and Textile Workers' Union (Sactwu)",
          "Southern African Clothing and Textile Workers' Union"),
        Q('"a deeply spiritual man who never spoke about it"', "partial", "Hlongwane", "Zanele Hlongwane",
          speaker_at="Hlongwane, who knew"),
    ], source="blind"),
    Case("blind57-doctors-strike", """Junior doctors down tools over pay, allowances

JUNIOR doctors at Parirenyatwa, Harare Central and Mpilo Central hospitals yesterday downed tools in protest over poor salaries and the scrapping of on-call allowances in January.

Zimbabwe Hospital Doctors Association (ZHDA) president Dr Tapiwa Chikwanha-Moyo told NewsDay that more than 600 junior doctors had joined the job action and vowed that they would stay away “until there is something concrete on the table”.

“We earn less than a kombi driver. Some of our members cannot afford bus fare to get to work,” Chikwanha-Moyo said.

“We have written to the Health Services Board three times since February and we have not received a single response. We did not want this strike, but government has left us with no choice.”

At Parirenyatwa, patients in the casualty department said they had been waiting since the early hours of the morning without being attended to.

Gogo Sithembile Dube (74), who had travelled from Chitungwiza with a badly swollen leg, said: “They told us to go home and come back tomorrow. But who will pay my bus fare again?”

Mpilo acting clinical director Dr Sibongile Ncube-Tshabalala said senior consultants had been deployed to cover emergencies and the maternity wing, but admitted that elective surgery had been suspended.

Health and Child Care ministry spokesperson Tendai Gumbo described the strike as “illegal”, saying the doctors had not given the 14 days’ notice required under the Labour Act.

“Government remains committed to dialogue, and the doors of the ministry are open. But patients cannot be held hostage,” Gumbo said.

Health Services Board (HSB) chairperson Professor Gibson Mukwekwe said the board was finalising a review of allowances for all health workers, which would be presented to Treasury before the end of the month.

According to the ZHDA, a junior doctor currently earns the equivalent of about US$280 a month, with the bulk of the salary paid in ZiG.

Junior doctors last went on a prolonged strike in 2018-19, when more than 400 were dismissed before being reinstated following the intervention of the courts.""", [
        Q("that more than 600 junior doctors had joined the job action", "indirect", "Tapiwa Chikwanha-Moyo",
          "Tapiwa Chikwanha-Moyo"),
        Q("“until there is something concrete on the table”", "partial", "Tapiwa Chikwanha-Moyo",
          "Tapiwa Chikwanha-Moyo"),
        Q("“We earn less than a kombi driver. Some of our members cannot afford bus fare to get to work,”", "direct",
          "Chikwanha-Moyo", "Tapiwa Chikwanha-Moyo", speaker_at="Chikwanha-Moyo said"),
        Q("“We have written to the Health Services Board three times since February and we have not received a single "
          "response. We did not want this strike, but government has left us with no choice.”", "direct",
          "Chikwanha-Moyo", "Tapiwa Chikwanha-Moyo", speaker_at="Chikwanha-Moyo said"),
        Q("they had been waiting since the early hours of the morning without being attended to", "indirect",
          "patients in the casualty department", None),
        Q("“They told us to go home and come back tomorrow. But who will pay my bus fare again?”", "direct",
          "Sithembile Dube", "Sithembile Dube"),
        Q("senior consultants had been deployed to cover emergencies and the maternity wing", "indirect",
          "Sibongile Ncube-Tshabalala", "Sibongile Ncube-Tshabalala"),
        Q("that elective surgery had been suspended", "indirect", "Sibongile Ncube-Tshabalala",
          "Sibongile Ncube-Tshabalala"),
        Q("“illegal”", "partial", "Tendai Gumbo", "Tendai Gumbo"),
        Q("the doctors had not given the 14 days’ notice required under the Labour Act", "indirect", "Tendai Gumbo",
          "Tendai Gumbo"),
        Q("“Government remains committed to dialogue, and the doors of the ministry are open. But patients cannot be "
          "held hostage,”", "direct", "Gumbo", "Tendai Gumbo", speaker_at="Gumbo said."),
        Q("the board was finalising a review of allowances for all health workers, which would be presented to "
          "Treasury before the end of the month", "indirect", "Gibson Mukwekwe", "Gibson Mukwekwe"),
        Q("a junior doctor currently earns the equivalent of about US$280 a month, with the bulk of the salary paid in "
          "ZiG", "indirect", "the ZHDA", "Zimbabwe Hospital Doctors Association"),
    ], source="blind"),
    Case("blind57-pearl-museum", """New pearl-diving museum opens in Ajman with 3,000 artefacts

Ajman: A museum dedicated to the emirate's pearl-diving past opened to the public on Wednesday in a restored 19th-century merchant's house on the Ajman Corniche.

Sheikh Hamdan bin Saif Al Nuaimi, chairman of the Ajman Department of Tourism Development (ADTD), inaugurated Dar Al Lulu Museum in the presence of officials, diplomats and the descendants of several pearling families.

"Our grandfathers went to sea for four months at a time with nothing but a nose clip, a basket and a rope," Sheikh Hamdan said at the opening ceremony. "This museum is our way of telling them that we have not forgotten."

Museum director Dr Noura Abdulla Al Marzooqi said the collection of more than 3,000 objects had been assembled over eight years, much of it donated by the families of former divers and of the boat captains known locally as "nakhoda".

"Some families kept their grandfather's pearl scales or diving weights in a cupboard for 70 years. When they brought them to us, many of them cried," she said.

The 11 galleries trace the pearling season from the departure of the fleet in early summer to the return of the boats and the sale of the catch to merchants from Bombay and Baghdad. A reconstructed jalibut, a traditional wooden dhow, fills the central courtyard.

Pieter de Groot, a Dutch conservator who led the two-year restoration, said workers had used coral stone and sarooj, a traditional mortar, to rebuild the walls, and had kept the original palm-frond ceilings wherever possible.

"We did not want it to look new. We wanted it to look loved," De Groot told Khaleej Times.

Among the first visitors was Suresh Nair, an Indian expatriate who has lived in Ajman since 1991 and described the museum as "long overdue".

"My children grew up here and they knew nothing about this history until today," said Nair, who came with his family after reading about the opening on social media.

According to the ADTD, entry will be free for UAE residents throughout the first month, after which tickets will cost Dh20 for adults. The museum is open daily from 9am to 9pm, and from 4pm on Fridays.

Dr Al Marzooqi said the museum would also run weekend workshops in which children can learn to tie the knots used on pearling boats.""", [
        Q('"Our grandfathers went to sea for four months at a time with nothing but a nose clip, a basket and a rope,"',
          "direct", "Hamdan", "Hamdan bin Saif Al Nuaimi", speaker_at="Sheikh Hamdan said"),
        Q('"This museum is our way of telling them that we have not forgotten."', "direct", "Hamdan",
          "Hamdan bin Saif Al Nuaimi", speaker_at="Sheikh Hamdan said"),
        Q("the collection of more than 3,000 objects had been assembled over eight years, much of it donated by the "
          "families of former divers and of the boat captains known locally as \"nakhoda\"", "indirect",
          "Noura Abdulla Al Marzooqi", "Noura Abdulla Al Marzooqi"),
        Q('"Some families kept their grandfather\'s pearl scales or diving weights in a cupboard for 70 years. When they '
          'brought them to us, many of them cried,"', "direct", "she", "Noura Abdulla Al Marzooqi",
          speaker_at="she said"),
        Q("workers had used coral stone and sarooj, a traditional mortar, to rebuild the walls, and had kept the "
          "original palm-frond ceilings wherever possible", "indirect", "Pieter de Groot", "Pieter de Groot"),
        Q('"We did not want it to look new. We wanted it to look loved,"', "direct", "De Groot", "Pieter de Groot"),
        Q('"long overdue"', "partial", "Suresh Nair", "Suresh Nair"),
        Q('"My children grew up here and they knew nothing about this history until today,"', "direct", "Nair",
          "Suresh Nair", speaker_at="said Nair"),
        Q("entry will be free for UAE residents throughout the first month, after which tickets will cost Dh20 for "
          "adults", "indirect", "the ADTD", "Ajman Department of Tourism Development", speaker_at="According to the ADTD"),
        Q("the museum would also run weekend workshops in which children can learn to tie the knots used on pearling "
          "boats", "indirect", "Al Marzooqi", "Noura Abdulla Al Marzooqi", speaker_at="Dr Al Marzooqi said"),
    ], source="blind"),
    Case("blind57-kapit-landslide", """Four feared buried as landslide hits longhouse in Kapit

KAPIT: Four people, including two children, are feared buried after a landslide struck a longhouse at Rumah Ujang, Nanga Baleh, about 60km from here, early yesterday.

The Sarawak Fire and Rescue Department (Bomba) said in a statement that it received a distress call at 4.12am and that a team of 18 personnel was sent upriver by boat, reaching the longhouse about three hours later.

Operations commander Senior Fire Officer II Jimbun anak Nyalau said the back section of the 24-door longhouse had been flattened by earth and fallen trees from the hillside behind it.

"The soil is still moving and it has been raining non-stop since Sunday. We have to be very careful for the safety of our own men," Jimbun said when contacted.

He said the search was called off at 6.30pm because of poor light and would resume at first light today with the help of a sniffer dog unit from Sibu.

Longhouse chief Tuai Rumah Ujang anak Likau, 63, said the missing were a couple in their thirties and their two children, aged six and nine, who occupied one of the two rooms that were buried.

He said residents heard "a sound like thunder" just before the hillside gave way.

"I ran out with my torch and I could not see their room any more. Only mud," he said.

State Disaster Management Committee deputy chairman Datuk Ahmad Fauzi bin Jamaluddin, who visited the site by helicopter in the afternoon, said 42 residents had been moved to a temporary relief centre at SK Nanga Baleh.

"The state government will provide whatever assistance is needed. Our priority now is to find the four victims," Ahmad Fauzi told reporters.

Kapit Resident Wong Siew Ling said the district office was arranging food supplies and would assess whether the longhouse needed to be relocated to safer ground.

A Public Works Department (JKR) spokesperson said a separate slip had closed the Kapit-Song road at Km 38, and that the road was expected to reopen by Thursday.

The Malaysian Meteorological Department (MetMalaysia) has issued a continuous heavy rain warning at 'alert' level for Kapit and Belaga until Thursday.""", [
        Q("that it received a distress call at 4.12am and that a team of 18 personnel was sent upriver by boat, reaching "
          "the longhouse about three hours later", "indirect", "The Sarawak Fire and Rescue Department (Bomba)",
          "Sarawak Fire and Rescue Department"),
        Q("the back section of the 24-door longhouse had been flattened by earth and fallen trees from the hillside "
          "behind it", "indirect", "Jimbun anak Nyalau", "Jimbun anak Nyalau"),
        Q('"The soil is still moving and it has been raining non-stop since Sunday. We have to be very careful for the '
          'safety of our own men,"', "direct", "Jimbun", "Jimbun anak Nyalau", speaker_at="Jimbun said"),
        Q("the search was called off at 6.30pm because of poor light and would resume at first light today with the "
          "help of a sniffer dog unit from Sibu", "indirect", "He", "Jimbun anak Nyalau", speaker_at="He said the search"),
        Q("the missing were a couple in their thirties and their two children, aged six and nine, who occupied one of "
          "the two rooms that were buried", "indirect", "Ujang anak Likau", "Ujang anak Likau"),
        Q('"a sound like thunder"', "partial", "He", "Ujang anak Likau", speaker_at="He said residents"),
        Q('"I ran out with my torch and I could not see their room any more. Only mud,"', "direct", "he",
          "Ujang anak Likau", speaker_at="he said"),
        Q("42 residents had been moved to a temporary relief centre at SK Nanga Baleh", "indirect",
          "Ahmad Fauzi bin Jamaluddin", "Ahmad Fauzi bin Jamaluddin"),
        Q('"The state government will provide whatever assistance is needed. Our priority now is to find the four '
          'victims,"', "direct", "Ahmad Fauzi", "Ahmad Fauzi bin Jamaluddin", speaker_at="Ahmad Fauzi told"),
        Q("the district office was arranging food supplies and would assess whether the longhouse needed to be "
          "relocated to safer ground", "indirect", "Wong Siew Ling", "Wong Siew Ling"),
        Q("a separate slip had closed the Kapit-Song road at Km 38, and that the road was expected to reopen by "
          "Thursday", "indirect", "A Public Works Department (JKR) spokesperson", None),
    ], source="blind"),
    Case("blind57-dengue-cebu", """Dengue cases up 60 percent in Cebu City; 12 barangays under watch

DENGUE cases in Cebu City have climbed 60 percent in the first seven months of the year, prompting the City Health Department (CHD) to place 12 barangays under heightened monitoring.

According to the CHD, the city logged 1,842 cases from January to July 27, compared with 1,151 in the same period last year. Eleven patients have died, six of them children below 10.

“We are seeing a shift. Before, it was mostly children, but now we have many young adults in their 20s being admitted,” City Health Officer Dr. Ramon Ybañez Jr. said in a press conference Monday, Aug. 4, 2025.

Ybañez said the CHD has asked barangay officials to enforce the city’s anti-littering ordinance and to clear clogged canals, which have become breeding grounds for mosquitoes since the start of the rainy season.

Barangay volunteers have also been holding weekly “search and destroy” drives, turning over water containers, old tires and flower vases where the Aedes mosquito lays its eggs.

“If you have a fever for two days, go to the health center right away. Do not wait for the rashes to appear,” he said.

The Department of Health in Central Visayas (DOH 7) has not declared an outbreak, but its spokesperson, Dr. Ma. Lourdes Dela Cruz-Abellana, said the agency was “closely watching” the figures in Cebu City, Mandaue and Lapu-Lapu.

She said hospitals had been told to set up dengue fast lanes and to report admissions daily.

Barangay Guadalupe, which has the most cases at 143, is among the areas under monitoring.

“Nahadlok gyud mi kay duha na ka bata sa among purok ang naospital,” (We are really scared because two children in our purok have already been hospitalized) said Jocelyn Abellanosa, 34, a mother of three.

In a statement, Cebu Gov. Lorna Sanchez-Villamor said the Provincial Government would release P5 million for fogging machines and test kits to towns with rising cases, including Talisay City and Minglanilla.

Health officials reminded the public that there is no specific treatment for dengue and that early hospital care reduces the risk of death.""", [
        Q("the city logged 1,842 cases from January to July 27, compared with 1,151 in the same period last year",
          "indirect", "the CHD", "City Health Department", speaker_at="According to the CHD"),
        Q("“We are seeing a shift. Before, it was mostly children, but now we have many young adults in their 20s being "
          "admitted,”", "direct", "Ramon Ybañez Jr.", "Ramon Ybañez Jr."),
        Q("the CHD has asked barangay officials to enforce the city’s anti-littering ordinance and to clear clogged "
          "canals, which have become breeding grounds for mosquitoes since the start of the rainy season", "indirect",
          "Ybañez", "Ramon Ybañez Jr.", speaker_at="Ybañez said"),
        Q("“If you have a fever for two days, go to the health center right away. Do not wait for the rashes to "
          "appear,”", "direct", "he", "Ramon Ybañez Jr.", speaker_at="he said"),
        Q("“closely watching”", "partial", "Ma. Lourdes Dela Cruz-Abellana", "Ma. Lourdes Dela Cruz-Abellana"),
        Q("hospitals had been told to set up dengue fast lanes and to report admissions daily", "indirect", "She",
          "Ma. Lourdes Dela Cruz-Abellana", speaker_at="She said"),
        Q("“Nahadlok gyud mi kay duha na ka bata sa among purok ang naospital,”", "direct", "Jocelyn Abellanosa",
          "Jocelyn Abellanosa"),
        Q("the Provincial Government would release P5 million for fogging machines and test kits to towns with rising "
          "cases, including Talisay City and Minglanilla", "indirect", "Lorna Sanchez-Villamor",
          "Lorna Sanchez-Villamor"),
        Q("that there is no specific treatment for dengue and that early hospital care reduces the risk of death",
          "indirect", "Health officials", None),
    ], source="blind"),
    Case("blind57-sharavathi-boat", """Two missing as overloaded boat capsizes in Sharavathi backwaters

Shivamogga, DHNS: Two persons are missing and 11 others were rescued after an overloaded country boat capsized in the Sharavathi backwaters near Kalasavalli in Sagar taluk on Sunday evening.

The boat, which was ferrying villagers back from the weekly market at Tumari, overturned about 200 metres from the shore after it was hit by strong winds, police said.

The missing have been identified as Manjunatha, 42, a farmer from Kalasavalli, and Shobha, 19, a first-year BCom student.

Deputy Commissioner K.R. Shwetha, who reached the spot late on Sunday night, said teams from the State Disaster Response Force (SDRF) and the fire and emergency services had resumed the search at dawn on Monday.

"The water is nearly 60 feet deep at that point and visibility is very poor. We have requested the NDRF team from Mangaluru as well," she told DH.

Ganapathi, a 55-year-old arecanut grower who swam ashore with his grandson on his back, said the boatman had allowed nearly 20 people and a dozen sacks of rice on a vessel meant for eight.

"Everyone was shouting. I only remember holding the boy's collar and kicking," he said.

According to locals, the boatman, Ramesha, was among those rescued and has since been taken into custody.

Villagers alleged that the government launch service to Tumari had not been operating for over a month because of an engine breakdown, forcing people to depend on private boats with no life jackets.

An official of the Inland Water Transport department, who did not wish to be named, confirmed that the launch was out of service and said a replacement engine was "awaiting approval" from Bengaluru.

Superintendent of Police Arjun Kamath said a case had been registered against the boat's owner, Suresh Poojary, under Section 106 of the Bharatiya Nyaya Sanhita (BNS).

District in-charge minister Ravindra Naik, who visited Kalasavalli on Monday afternoon, said the government would pay an ex gratia of Rs 5 lakh to the families of the victims.

"Strict action will be taken against anyone found to have violated safety norms," Naik said, "and I have asked officials to get the launch running again within a week."

Locals said this was the third such accident in the backwaters since 2019.""", [
        Q("The boat, which was ferrying villagers back from the weekly market at Tumari, overturned about 200 metres "
          "from the shore after it was hit by strong winds", "indirect", "police", None, speaker_at="police said"),
        Q("teams from the State Disaster Response Force (SDRF) and the fire and emergency services had resumed the "
          "search at dawn on Monday", "indirect", "K.R. Shwetha", "K.R. Shwetha"),
        Q('"The water is nearly 60 feet deep at that point and visibility is very poor. We have requested the NDRF team '
          'from Mangaluru as well,"', "direct", "she", "K.R. Shwetha", speaker_at="she told DH"),
        Q("the boatman had allowed nearly 20 people and a dozen sacks of rice on a vessel meant for eight", "indirect",
          "Ganapathi", "Ganapathi"),
        Q('"Everyone was shouting. I only remember holding the boy\'s collar and kicking,"', "direct", "he",
          "Ganapathi", speaker_at="he said"),
        Q("the boatman, Ramesha, was among those rescued and has since been taken into custody", "indirect", "locals",
          None, speaker_at="According to locals"),
        Q("that the government launch service to Tumari had not been operating for over a month because of an engine "
          "breakdown, forcing people to depend on private boats with no life jackets", "indirect", "Villagers", None),
        Q("that the launch was out of service", "indirect",
          "An official of the Inland Water Transport department", None),
        Q('"awaiting approval"', "partial", "An official of the Inland Water Transport department", None),
        Q("a case had been registered against the boat's owner, Suresh Poojary, under Section 106 of the Bharatiya "
          "Nyaya Sanhita (BNS)", "indirect", "Arjun Kamath", "Arjun Kamath"),
        Q("the government would pay an ex gratia of Rs 5 lakh to the families of the victims", "indirect",
          "Ravindra Naik", "Ravindra Naik"),
        Q('"Strict action will be taken against anyone found to have violated safety norms,"', "direct", "Naik",
          "Ravindra Naik", speaker_at="Naik said"),
        Q('"and I have asked officials to get the launch running again within a week."', "direct", "Naik",
          "Ravindra Naik", speaker_at="Naik said"),
        Q("this was the third such accident in the backwaters since 2019", "indirect", "Locals", None),
    ], source="blind"),
]
