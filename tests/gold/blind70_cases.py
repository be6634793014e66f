"""Blind gold: news articles written without sight of the pretagger.

Sixteen short articles in the house styles of wire services and regional
papers from many countries (straight, curly and British single quotes),
annotated with every direct, partial and indirect quote and its speaker.
Nobody tuned anything on them. See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind70-cocoa", """Ghana cocoa board profit slumps as smuggling, disease cut volumes

ACCRA, March 6 (Reuters) - Ghana's cocoa regulator posted a sharp fall in annual profit, hit by a smaller crop and by beans smuggled across the border into Ivory Coast and Togo, its chief executive said on Thursday.

The Ghana Cocoa Board (COCOBOD) made a pre-tax profit of 412 million cedis ($27 million) in the year to September, down from 1.1 billion cedis a year earlier, according to financial statements published on its website.

"We lost volumes we had already financed. That is the story of this year," chief executive Kwadwo Owusu-Ansah told reporters in Accra. "When a farmer sells across the border, we carry the loan and someone else gets the cocoa."

Owusu-Ansah said the board had recruited 1,200 extra task force members to patrol border districts in the Western North and Volta regions, and that seizures had doubled since October.

Purchases for the current season stood at about 480,000 metric tons by the end of February, two industry sources told Reuters, well below the 650,000 tons the board had forecast. One of them, a licensed buying company executive who asked not to be named, said rains in January had come "too late for the main crop".

Cocoa swollen shoot virus, which has infected more than half a million hectares of farmland, remains the biggest long-term threat to output, the board said in its annual report.

Analysts said the weaker harvest would keep world prices elevated. "Ghana is no longer the swing supplier it used to be," said Adaeze Nwachukwu-Bello, a soft commodities analyst at Lagos-based Cordros Capital. "Buyers are pricing in another short year."

COCOBOD is negotiating its annual syndicated loan with international banks. A COCOBOD spokesperson declined to give details of the talks but said financing for the 2025/26 season was "on track".

Farmers' groups have complained that the farmgate price, raised to 3,100 cedis per bag in October, still lags the price paid in Togo. "Our people are not criminals. They are following the money," said Alhaji Sumaila Issah, president of the Ghana National Cocoa Farmers Association, adding that the government should review prices every quarter.

($1 = 15.45 cedis)

(Reporting by Kofi Mensah-Bonsu; Editing by David Holmes)""", [
        Q("Ghana's cocoa regulator posted a sharp fall in annual profit, hit by a smaller crop and by beans smuggled "
          "across the border into Ivory Coast and Togo", "indirect", "its chief executive", "Kwadwo Owusu-Ansah"),
        Q("The Ghana Cocoa Board (COCOBOD) made a pre-tax profit of 412 million cedis ($27 million) in the year to "
          "September, down from 1.1 billion cedis a year earlier", "indirect",
          "financial statements published on its website", None),
        Q('"We lost volumes we had already financed. That is the story of this year,"', "direct",
          "Kwadwo Owusu-Ansah", "Kwadwo Owusu-Ansah"),
        Q('"When a farmer sells across the border, we carry the loan and someone else gets the cocoa."', "direct",
          "Kwadwo Owusu-Ansah", "Kwadwo Owusu-Ansah"),
        Q("the board had recruited 1,200 extra task force members to patrol border districts in the Western North "
          "and Volta regions, and that seizures had doubled since October", "indirect",
          "Owusu-Ansah", "Kwadwo Owusu-Ansah", speaker_at="Owusu-Ansah said"),
        Q("Purchases for the current season stood at about 480,000 metric tons by the end of February", "indirect",
          "two industry sources", None),
        Q('"too late for the main crop"', "partial", "a licensed buying company executive", None),
        Q("Cocoa swollen shoot virus, which has infected more than half a million hectares of farmland, remains the "
          "biggest long-term threat to output", "indirect", "the board", "Ghana Cocoa Board",
          speaker_at="the board said in its annual report"),
        Q("the weaker harvest would keep world prices elevated", "indirect", "Analysts", None),
        Q('"Ghana is no longer the swing supplier it used to be,"', "direct", "Adaeze Nwachukwu-Bello",
          "Adaeze Nwachukwu-Bello"),
        Q('"Buyers are pricing in another short year."', "direct", "Adaeze Nwachukwu-Bello",
          "Adaeze Nwachukwu-Bello"),
        Q('"on track"', "partial", "A COCOBOD spokesperson", None),
        Q("that the farmgate price, raised to 3,100 cedis per bag in October, still lags the price paid in Togo",
          "indirect", "Farmers' groups", None),
        Q('"Our people are not criminals. They are following the money,"', "direct", "Sumaila Issah",
          "Sumaila Issah"),
        Q("that the government should review prices every quarter", "indirect", "Sumaila Issah", "Sumaila Issah"),
    ]),
    Case("blind70-dengue", """Dengue cases up 60pc, 14 districts in Selangor and Sabah on alert

PUTRAJAYA: The Health Ministry has placed 14 districts in Selangor and Sabah on dengue alert after cases nationwide rose 60 per cent in the first eight weeks of the year compared with the same period last year.

Health Minister Datuk Seri Dr Rosnah Abdul Karim said 18,420 cases and 14 deaths were recorded up to Feb 22, with Selangor alone accounting for nearly half of the infections.

"The rainy season has not ended and we are already seeing numbers we normally see in June. This is not the time to be complacent," she told a press conference after launching the national Communication for Behavioural Impact (COMBI) campaign here today.

She said the ministry would deploy an additional 900 vector control officers to hotspot localities, mainly in Petaling, Hulu Langat, Gombak and Kota Kinabalu.

Rosnah also urged local authorities to act against the owners of abandoned construction sites, which she described as "factories for Aedes mosquitoes".

Meanwhile, Health director-general Datuk Dr Syed Mohamed Al-Idrus said laboratory tests showed that the DENV-3 serotype, which had been uncommon in Malaysia for several years, was now dominant in several states.

"When a serotype returns after a long absence, many people have no immunity to it, and that is when we see spikes," he said, adding that those previously infected with a different serotype were at greater risk of severe dengue.

In Kota Kinabalu, state Health and People's Wellbeing Minister Datuk Frederick Kugan Sipaun said fogging had been stepped up in Penampang and Putatan, where 11 schools have reported cases among pupils.

According to the Selangor Health Department, more than 2,300 premises were inspected last week and 412 compounds issued under the Destruction of Disease-Bearing Insects Act 1975.

A resident of Taman Sri Muda in Shah Alam, Tan Mei Ling, 42, said three members of her family had been warded since January.

"The drains here have been clogged for months. We complained to the council twice but nobody came," she said when contacted.

The Shah Alam City Council could not be reached for comment. - Bernama""", [
        Q("18,420 cases and 14 deaths were recorded up to Feb 22, with Selangor alone accounting for nearly half of "
          "the infections", "indirect", "Rosnah Abdul Karim", "Rosnah Abdul Karim"),
        Q('"The rainy season has not ended and we are already seeing numbers we normally see in June. This is not '
          'the time to be complacent,"', "direct", "she", "Rosnah Abdul Karim",
          speaker_at="she told a press conference"),
        Q("the ministry would deploy an additional 900 vector control officers to hotspot localities, mainly in "
          "Petaling, Hulu Langat, Gombak and Kota Kinabalu", "indirect", "She", "Rosnah Abdul Karim",
          speaker_at="She said the ministry"),
        Q('"factories for Aedes mosquitoes"', "partial", "she", "Rosnah Abdul Karim",
          speaker_at="which she described"),
        Q("laboratory tests showed that the DENV-3 serotype, which had been uncommon in Malaysia for several years, "
          "was now dominant in several states", "indirect", "Syed Mohamed Al-Idrus", "Syed Mohamed Al-Idrus"),
        Q('"When a serotype returns after a long absence, many people have no immunity to it, and that is when we '
          'see spikes,"', "direct", "he", "Syed Mohamed Al-Idrus", speaker_at="he said, adding"),
        Q("that those previously infected with a different serotype were at greater risk of severe dengue",
          "indirect", "he", "Syed Mohamed Al-Idrus", speaker_at="he said, adding"),
        Q("fogging had been stepped up in Penampang and Putatan, where 11 schools have reported cases among pupils",
          "indirect", "Frederick Kugan Sipaun", "Frederick Kugan Sipaun"),
        Q("more than 2,300 premises were inspected last week and 412 compounds issued under the Destruction of "
          "Disease-Bearing Insects Act 1975", "indirect", "the Selangor Health Department",
          "Selangor Health Department"),
        Q("three members of her family had been warded since January", "indirect", "Tan Mei Ling", "Tan Mei Ling"),
        Q('"The drains here have been clogged for months. We complained to the council twice but nobody came,"',
          "direct", "she", "Tan Mei Ling", speaker_at="she said when contacted"),
    ]),
    Case("blind70-arson", """Man poured petrol through ex-partner's letterbox as family slept, jury told

A man poured petrol through the letterbox of his former partner's flat in Knowle West and set it alight while she and her two children were asleep inside, a jury has heard.

Dean Pritchard-Cole, 34, of Filwood Broadway, denies arson with intent to endanger life at the property in Leinster Avenue on the night of September 14 last year.

Opening the case at Bristol Crown Court on Monday, prosecutor Nadia Okonjo-Hart said the defendant had sent a string of threatening messages in the hours before the fire. 'He knew exactly who was in that flat and he knew they would be asleep,' she told jurors. 'This was not a moment of madness. It was done out of pure spite.'

The court heard that the woman, who cannot be named for legal reasons, woke to the smell of smoke at around 2.40am and escaped through a rear window with her son, seven, and daughter, four.

A neighbour, Gary Lusk, described hearing 'a whoosh, like someone lighting a barbecue' before seeing flames at the front door. In a statement read to the court, he said: 'I ran out in my boxers and started banging on doors. I just kept thinking about those kids.'

Avon Fire and Rescue Service said crews from Brislington and Temple stations had spent more than an hour bringing the blaze under control. Fire investigator Simon Thackeray told the court the pattern of burning was 'entirely consistent' with an accelerant poured at floor level.

Ms Okonjo-Hart said CCTV from a nearby convenience store showed a man matching Pritchard-Cole's description buying a green plastic fuel can about 40 minutes before the fire.

Pritchard-Cole, who wore a grey jumper and spoke only to confirm his name, has told police he was at a friend's house in Hartcliffe all night. His barrister, Rupert de Souza KC, told the jury they should 'be very careful' about drawing conclusions from grainy footage.

'You will hear that my client is not a perfect man,' Mr de Souza said. 'But being a bad boyfriend does not make someone an arsonist.'

Judge Martin Ashworth-Lee told jurors the trial was expected to last eight days.

The case continues.""", [
        Q("A man poured petrol through the letterbox of his former partner's flat in Knowle West and set it alight "
          "while she and her two children were asleep inside", "indirect", None, None),
        Q("the defendant had sent a string of threatening messages in the hours before the fire", "indirect",
          "Nadia Okonjo-Hart", "Nadia Okonjo-Hart"),
        Q("'He knew exactly who was in that flat and he knew they would be asleep,'", "direct", "she",
          "Nadia Okonjo-Hart", speaker_at="she told jurors"),
        Q("'This was not a moment of madness. It was done out of pure spite.'", "direct", "she",
          "Nadia Okonjo-Hart", speaker_at="she told jurors"),
        Q("that the woman, who cannot be named for legal reasons, woke to the smell of smoke at around 2.40am and "
          "escaped through a rear window with her son, seven, and daughter, four", "indirect", None, None),
        Q("'a whoosh, like someone lighting a barbecue'", "partial", "Gary Lusk", "Gary Lusk"),
        Q("'I ran out in my boxers and started banging on doors. I just kept thinking about those kids.'", "direct",
          "he", "Gary Lusk", speaker_at="he said:"),
        Q("crews from Brislington and Temple stations had spent more than an hour bringing the blaze under control",
          "indirect", "Avon Fire and Rescue Service", "Avon Fire and Rescue Service"),
        Q("'entirely consistent'", "partial", "Simon Thackeray", "Simon Thackeray"),
        Q("CCTV from a nearby convenience store showed a man matching Pritchard-Cole's description buying a green "
          "plastic fuel can about 40 minutes before the fire", "indirect", "Okonjo-Hart", "Nadia Okonjo-Hart",
          speaker_at="Ms Okonjo-Hart said"),
        Q("he was at a friend's house in Hartcliffe all night", "indirect", "Pritchard-Cole", "Dean Pritchard-Cole",
          speaker_at="Pritchard-Cole, who wore"),
        Q("'be very careful'", "partial", "Rupert de Souza", "Rupert de Souza"),
        Q("'You will hear that my client is not a perfect man,'", "direct", "de Souza", "Rupert de Souza",
          speaker_at="Mr de Souza said"),
        Q("'But being a bad boyfriend does not make someone an arsonist.'", "direct", "de Souza", "Rupert de Souza",
          speaker_at="Mr de Souza said"),
        Q("the trial was expected to last eight days", "indirect", "Martin Ashworth-Lee", "Martin Ashworth-Lee"),
    ]),
    Case("blind70-merger", """Parents vow to fight plan to merge Black Isle primaries

Parents on the Black Isle have vowed to fight Highland Council proposals to merge two village primary schools, warning that the move would 'rip the heart out' of their communities.

Under plans published last week, the 19 pupils at Tore Primary would transfer to Munlochy Primary from August 2026 and the Tore building would close.

The council says falling rolls and a £2.1 million repair bill at Tore make the current arrangement unsustainable.

Catriona MacAulay-Ross, chairwoman of Tore Primary's parent council, said families had been given just six weeks to respond to the statutory consultation.

'We found out on Facebook,' she said. 'Nobody from the council has set foot in the school to speak to us.'

She added that the journey to Munlochy would mean children as young as four spending up to an hour a day on a bus.

More than 600 people have signed an online petition against the merger, and a public meeting will be held in Tore Community Hall next Thursday.

The chairman of the council's education committee, Councillor Ruaraidh Mac an t-Saoir, insisted no decision had been taken.

'This is a genuine consultation, not a done deal,' he said. 'I would encourage everyone with a view to take part.'

But he acknowledged that the authority faced 'very hard choices' across its estate, with more than 40 schools rated as being in poor condition.

Black Isle MSP Isla Stewart-Munro said she had written to the council's chief executive asking for the consultation period to be extended. 'Rural schools are not just buildings. They are where the ceilidhs happen, where the polling station is, where the whole community meets,' she said.

According to council figures, the two schools have 58 pupils between them, while Munlochy has capacity for 110.

The headteacher who oversees both schools, Dr Alasdair Grant, declined to comment when approached by the Courier, saying it would be 'inappropriate' to do so during the consultation.

One grandmother at the school gate on Tuesday was more blunt. 'They closed the bank, they closed the post office, and now it's the school,' she said. 'What's left for us?'

A council spokesman said all responses would be considered before a report goes to the education committee in the spring.""", [
        Q("'rip the heart out'", "partial", "Parents on the Black Isle", None),
        Q("falling rolls and a £2.1 million repair bill at Tore make the current arrangement unsustainable",
          "indirect", "The council", "Highland Council", speaker_at="The council says"),
        Q("families had been given just six weeks to respond to the statutory consultation", "indirect",
          "Catriona MacAulay-Ross", "Catriona MacAulay-Ross"),
        Q("'We found out on Facebook,'", "direct", "she", "Catriona MacAulay-Ross",
          speaker_at="Facebook,' she said"),
        Q("'Nobody from the council has set foot in the school to speak to us.'", "direct", "she",
          "Catriona MacAulay-Ross", speaker_at="Facebook,' she said"),
        Q("that the journey to Munlochy would mean children as young as four spending up to an hour a day on a bus",
          "indirect", "She", "Catriona MacAulay-Ross", speaker_at="She added"),
        Q("no decision had been taken", "indirect", "Ruaraidh Mac an t-Saoir", "Ruaraidh Mac an t-Saoir"),
        Q("'This is a genuine consultation, not a done deal,'", "direct", "he", "Ruaraidh Mac an t-Saoir",
          speaker_at="deal,' he said"),
        Q("'I would encourage everyone with a view to take part.'", "direct", "he", "Ruaraidh Mac an t-Saoir",
          speaker_at="deal,' he said"),
        Q("'very hard choices'", "partial", "he", "Ruaraidh Mac an t-Saoir", speaker_at="he acknowledged"),
        Q("she had written to the council's chief executive asking for the consultation period to be extended",
          "indirect", "Isla Stewart-Munro", "Isla Stewart-Munro"),
        Q("'Rural schools are not just buildings. They are where the ceilidhs happen, where the polling station is, "
          "where the whole community meets,'", "direct", "she", "Isla Stewart-Munro",
          speaker_at="meets,' she said"),
        Q("the two schools have 58 pupils between them, while Munlochy has capacity for 110", "indirect",
          "council figures", None),
        Q("'inappropriate'", "partial", "Alasdair Grant", "Alasdair Grant"),
        Q("'They closed the bank, they closed the post office, and now it's the school,'", "direct", "she", None,
          speaker_at="school,' she said"),
        Q("'What's left for us?'", "direct", "she", None, speaker_at="school,' she said"),
        Q("all responses would be considered before a report goes to the education committee in the spring",
          "indirect", "A council spokesman", None),
    ]),
    Case("blind70-feile", """Islands to host new Irish-language theatre festival

A new theatre festival which will stage plays in Irish on the Aran Islands and in three Connemara villages this summer has secured €180,000 from the Arts Council, its organisers announced this week.

Féile na gCloch will run from July 18 to 27, with performances in community halls in Carna, Ros Muc and An Cheathrú Rua as well as on Inis Mór and Inis Meáin.

Artistic director Siobhán Ní Chonghaile, who grew up in Ros Muc, said the idea came from years of watching audiences travel into Galway city for shows that never made it west of Bearna.

"For a long time we have been the subject of plays, the backdrop for other people's stories," she said. "This festival is about making the work here, with the people here, in the language that is spoken here."

The programme opens with a new production of Máiréad Ní Ghráda's "An Triail", directed by Pádraig Ó Fátharta, and includes "Cloch ar Chloch", a piece devised with older residents of Inis Meáin about the building of the island's famous stone walls.

Mr Ó Fátharta told the Connacht Tribune that rehearsals in Carna had been "a joy and a challenge in equal measure". "We have a cast of eleven and a hall with one heater," he joked.

Údarás na Gaeltachta, which is also backing the festival, said it expected the event to bring up to 4,000 visitors to the Gaeltacht over the ten days. Its chief executive, Mícheál Ó hÉanaigh, described it as "exactly the kind of project that gives young people a reason to stay".

Not everyone is convinced the islands are ready. Ferry operator Tomás Mac Donncha said advance bookings had been slow and that there might not be enough accommodation on Inis Meáin, where there are fewer than 30 beds.

"I wish them all the luck in the world, but somebody needs to sort out the logistics," he said.

Local councillor Bríd Uí Fhlatharta welcomed the funding and said the county council would look at laying on shuttle buses from Ros a' Mhíl for the festival fortnight.

Tickets, priced at €15, go on sale on May 1. Organisers say a quarter of all seats will be kept free for Gaeltacht residents.""", [
        Q("A new theatre festival which will stage plays in Irish on the Aran Islands and in three Connemara villages "
          "this summer has secured €180,000 from the Arts Council", "indirect", "its organisers", None),
        Q("the idea came from years of watching audiences travel into Galway city for shows that never made it west "
          "of Bearna", "indirect", "Siobhán Ní Chonghaile", "Siobhán Ní Chonghaile"),
        Q('''"For a long time we have been the subject of plays, the backdrop for other people's stories,"''',
          "direct", "she", "Siobhán Ní Chonghaile", speaker_at='stories," she said'),
        Q('"This festival is about making the work here, with the people here, in the language that is spoken '
          'here."', "direct", "she", "Siobhán Ní Chonghaile", speaker_at='stories," she said'),
        Q('"a joy and a challenge in equal measure"', "partial", "Ó Fátharta", "Pádraig Ó Fátharta",
          speaker_at="Mr Ó Fátharta told"),
        Q('"We have a cast of eleven and a hall with one heater,"', "direct", "he", "Pádraig Ó Fátharta",
          speaker_at="he joked"),
        Q("it expected the event to bring up to 4,000 visitors to the Gaeltacht over the ten days", "indirect",
          "Údarás na Gaeltachta", "Údarás na Gaeltachta"),
        Q('"exactly the kind of project that gives young people a reason to stay"', "partial",
          "Mícheál Ó hÉanaigh", "Mícheál Ó hÉanaigh"),
        Q("advance bookings had been slow and that there might not be enough accommodation on Inis Meáin, where "
          "there are fewer than 30 beds", "indirect", "Tomás Mac Donncha", "Tomás Mac Donncha"),
        Q('"I wish them all the luck in the world, but somebody needs to sort out the logistics,"', "direct", "he",
          "Tomás Mac Donncha", speaker_at='logistics," he said'),
        Q("the county council would look at laying on shuttle buses from Ros a' Mhíl for the festival fortnight",
          "indirect", "Bríd Uí Fhlatharta", "Bríd Uí Fhlatharta"),
        Q("a quarter of all seats will be kept free for Gaeltacht residents", "indirect", "Organisers", None),
    ]),
    Case("blind70-cyclone", """Townsville told to get ready as Cyclone Harriet strengthens

Townsville residents have been told to finish storm preparations by Tuesday night as Tropical Cyclone Harriet strengthens in the Coral Sea and heads for the coast between Cardwell and Bowen.

The Bureau of Meteorology said the system was a category 2 cyclone about 480km northeast of Townsville at 4pm on Monday and was likely to reach category 3 before crossing late on Wednesday or early Thursday.

Senior forecaster Laura Boekel said the biggest danger would come from flooding rather than wind.

“We’re looking at destructive gusts up to 170km/h near the core, but for most people the bigger threat is going to be the rain,” she said. “Some areas could see 300 to 500 millimetres in 24 hours, and that’s on top of already wet catchments.”

Townsville Mayor Nick Papadopoulos pleaded with residents not to panic-buy after shelves of bottled water and bread were stripped bare at supermarkets in Kirwan and Aitkenvale on Sunday.

“There is plenty of food and water in this city. Buy what you need for three days and leave some for your neighbours,” Cr Papadopoulos said.

He said sandbag stations at Bohle, Kirwan and Annandale had handed out more than 12,000 bags since Sunday morning and would reopen at 7am.

Emergency Services Minister Tamara Kelly-Burke, who flew into Townsville on Monday afternoon, said 150 SES volunteers and swiftwater rescue crews had been pre-positioned in the city and in Ingham.

“If it’s flooded, forget it. I cannot say it any more plainly than that,” the minister said.

Ergon Energy said crews from southern depots were on standby, but warned that some customers could be without power for several days.

At the Bunnings in Garbutt, a queue for generators and tarpaulins had formed by 6am. Retiree Col Dwyer, 71, who rode out Cyclone Yasi in 2011, said he was “not taking any chances this time”.

“Yasi taught us you don’t wait for the warning. You get ready while the sun’s still out,” he said, loading rolls of gaffer tape into his trolley.

The research director of James Cook University’s Cyclone Testing Station, Associate Professor Mehmet Yilmaz, said homes built before the mid-1980s were the most vulnerable to roof damage and owners should check their tie-downs.

According to the bureau, the cyclone’s track remains uncertain, and a shift of 100km either way would make a significant difference to which communities bear the brunt.

Education Queensland confirmed schools in the Townsville and Burdekin regions would be closed on Wednesday and Thursday.""", [
        Q("the system was a category 2 cyclone about 480km northeast of Townsville at 4pm on Monday and was likely to "
          "reach category 3 before crossing late on Wednesday or early Thursday", "indirect",
          "The Bureau of Meteorology", "Bureau of Meteorology"),
        Q("the biggest danger would come from flooding rather than wind", "indirect", "Laura Boekel", "Laura Boekel"),
        Q("“We’re looking at destructive gusts up to 170km/h near the core, but for most people the bigger threat "
          "is going to be the rain,”", "direct", "she", "Laura Boekel", speaker_at="rain,” she said"),
        Q("“Some areas could see 300 to 500 millimetres in 24 hours, and that’s on top of already wet catchments.”",
          "direct", "she", "Laura Boekel", speaker_at="rain,” she said"),
        Q("“There is plenty of food and water in this city. Buy what you need for three days and leave some for "
          "your neighbours,”", "direct", "Papadopoulos", "Nick Papadopoulos", speaker_at="Cr Papadopoulos said"),
        Q("sandbag stations at Bohle, Kirwan and Annandale had handed out more than 12,000 bags since Sunday "
          "morning and would reopen at 7am", "indirect", "He", "Nick Papadopoulos", speaker_at="He said sandbag"),
        Q("150 SES volunteers and swiftwater rescue crews had been pre-positioned in the city and in Ingham",
          "indirect", "Tamara Kelly-Burke", "Tamara Kelly-Burke"),
        Q("“If it’s flooded, forget it. I cannot say it any more plainly than that,”", "direct", "the minister",
          "Tamara Kelly-Burke"),
        Q("crews from southern depots were on standby", "indirect", "Ergon Energy", "Ergon Energy"),
        Q("that some customers could be without power for several days", "indirect", "Ergon Energy",
          "Ergon Energy"),
        Q("“not taking any chances this time”", "partial", "Col Dwyer", "Col Dwyer"),
        Q("“Yasi taught us you don’t wait for the warning. You get ready while the sun’s still out,”", "direct",
          "he", "Col Dwyer", speaker_at="he said, loading"),
        Q("homes built before the mid-1980s were the most vulnerable to roof damage and owners should check their "
          "tie-downs", "indirect", "Mehmet Yilmaz", "Mehmet Yilmaz"),
        Q("the cyclone’s track remains uncertain, and a shift of 100km either way would make a significant "
          "difference to which communities bear the brunt", "indirect", "the bureau", "Bureau of Meteorology"),
        Q("schools in the Townsville and Burdekin regions would be closed on Wednesday and Thursday", "indirect",
          "Education Queensland", "Education Queensland"),
    ]),
    Case("blind70-frost", """Hard frosts hit Southland crops in the middle of lambing

A run of hard frosts across Southland this week has burned off early-sown crops and caught farmers in the thick of lambing, with the temperature at Lumsden plunging to minus 7.4C on Wednesday morning.

MetService meteorologist Hana Te Whata said a large high-pressure system parked over the South Island was to blame.

“Clear skies, light winds and very dry air are the perfect recipe for a hard frost,” she said. “It’s unusual to see temperatures this low in the second half of September, but it’s not unheard of.”

She said Thursday and Friday mornings would be almost as cold before a northwesterly change reached the region on Saturday.

According to NIWA, Invercargill Airport recorded minus 4.1C on Wednesday, its coldest September reading since 2001.

Federated Farmers Southland president Kees van der Meulen, who milks 600 cows near Edendale, said the cold snap had arrived at “the worst possible time” for sheep farmers.

“You’ve got lambs hitting the ground and swedes and fodder beet just in, and it’s like somebody has switched the freezer on,” Mr van der Meulen said.

Riversdale sheep and beef farmer Aroha McKenzie-Rewi said she and her partner had been out with head torches at 3am moving newborn lambs into the woolshed.

“We still lost about 40 on Tuesday night. You do everything you can and it’s still not enough,” she said.

Southland Rural Support Trust coordinator Murray Gillespie said the trust had fielded more calls this week than at any time since the February 2020 floods. He urged anyone who was struggling to “pick up the phone, even if it’s just for a yarn”.

At Winton, one of the region’s largest vegetable growers said it was too early to know how much of its brassica crop had been lost. “We’ll have a better idea in a week, when we see what comes back,” a spokeswoman said.

Electricity network company PowerNet said demand had hit a record on Wednesday morning as households turned up their heat pumps, but there had been no frost-related outages.

Southland District Council roading manager Hamish Rangi-Barclay warned motorists that black ice was likely on shaded stretches of State Highway 94 and the Lumsden-Mossburn road.

“Just because the sun is out doesn’t mean the road is dry,” he said.""", [
        Q("a large high-pressure system parked over the South Island was to blame", "indirect", "Hana Te Whata",
          "Hana Te Whata"),
        Q("“Clear skies, light winds and very dry air are the perfect recipe for a hard frost,”", "direct", "she",
          "Hana Te Whata", speaker_at="frost,” she said"),
        Q("“It’s unusual to see temperatures this low in the second half of September, but it’s not unheard of.”",
          "direct", "she", "Hana Te Whata", speaker_at="frost,” she said"),
        Q("Thursday and Friday mornings would be almost as cold before a northwesterly change reached the region on "
          "Saturday", "indirect", "She", "Hana Te Whata", speaker_at="She said Thursday"),
        Q("Invercargill Airport recorded minus 4.1C on Wednesday, its coldest September reading since 2001",
          "indirect", "NIWA", "NIWA"),
        Q("“the worst possible time”", "partial", "Kees van der Meulen", "Kees van der Meulen"),
        Q("“You’ve got lambs hitting the ground and swedes and fodder beet just in, and it’s like somebody has "
          "switched the freezer on,”", "direct", "van der Meulen", "Kees van der Meulen",
          speaker_at="Mr van der Meulen said"),
        Q("she and her partner had been out with head torches at 3am moving newborn lambs into the woolshed",
          "indirect", "Aroha McKenzie-Rewi", "Aroha McKenzie-Rewi"),
        Q("“We still lost about 40 on Tuesday night. You do everything you can and it’s still not enough,”",
          "direct", "she", "Aroha McKenzie-Rewi", speaker_at="enough,” she said"),
        Q("the trust had fielded more calls this week than at any time since the February 2020 floods", "indirect",
          "Murray Gillespie", "Murray Gillespie"),
        Q("“pick up the phone, even if it’s just for a yarn”", "partial", "He", "Murray Gillespie",
          speaker_at="He urged"),
        Q("it was too early to know how much of its brassica crop had been lost", "indirect",
          "one of the region’s largest vegetable growers", None),
        Q("“We’ll have a better idea in a week, when we see what comes back,”", "direct", "a spokeswoman", None),
        Q("demand had hit a record on Wednesday morning as households turned up their heat pumps, but there had "
          "been no frost-related outages", "indirect", "PowerNet", "PowerNet"),
        Q("that black ice was likely on shaded stretches of State Highway 94 and the Lumsden-Mossburn road",
          "indirect", "Hamish Rangi-Barclay", "Hamish Rangi-Barclay"),
        Q("“Just because the sun is out doesn’t mean the road is dry,”", "direct", "he", "Hamish Rangi-Barclay",
          speaker_at="dry,” he said"),
    ]),
    Case("blind70-bobcats", """Bobcats sweep Huskies to punch playoff ticket

The Brandon University Bobcats women’s volleyball team clinched its first Canada West playoff berth in six years Saturday night, sweeping the Saskatchewan Huskies 25-21, 25-19, 26-24 in front of about 900 fans at the Healthy Living Centre.

Fourth-year outside hitter Mariel Dela Cruz led the Bobcats with 14 kills, while libero Tessa Kowalchuk added 19 digs.

“It’s been a long time coming for this program,” said Dela Cruz, who played her high school volleyball at Garden City Collegiate in Winnipeg. “When I got here we were winning maybe three games a season. Now people in this town actually stop you at Safeway to talk about us.”

The third set was the tightest of the night. Saskatchewan led 23-20 before middle blocker Brooke McIvor reeled off five straight serves, including two aces, to give Brandon the match.

Head coach Ibrahim Adeyemi called the run “the best three minutes of volleyball I’ve seen from this group.”

“We talked all week about not looking at the standings,” Adeyemi said. “But you’d have to be living under a rock not to know what was on the line tonight.”

He said McIvor, a first-year from Opaskwayak Cree Nation, had been working on her jump float serve after practice every day since Christmas.

“She’s the quietest kid in the gym,” he added. “She doesn’t say much. She just goes and does it.”

Huskies head coach Anneke de Groot said her team had struggled to handle the Bobcats’ serve from the opening point. “They made it very hard for us to run our offence. Credit to them, they deserved it,” she said.

Brandon University athletic director Luc Paquette-Thiessen told the Sun the university had already fielded calls from fans asking about playoff tickets. The Bobcats have not hosted a post-season match since 2012.

According to Canada West, quarterfinal matchups will be confirmed after Sunday’s final round of regular-season games.

Kowalchuk, who grew up in Minnedosa, said the crowd had made the difference in the third set.

“You could feel it coming up through the floor,” she said. “I’ve never heard it that loud in here.”

The Bobcats (13-9) close out the regular season against the Huskies again Sunday at 1 p.m.""", [
        Q("“It’s been a long time coming for this program,”", "direct", "Dela Cruz", "Mariel Dela Cruz",
          speaker_at="said Dela Cruz"),
        Q("“When I got here we were winning maybe three games a season. Now people in this town actually stop you "
          "at Safeway to talk about us.”", "direct", "Dela Cruz", "Mariel Dela Cruz", speaker_at="said Dela Cruz"),
        Q("“the best three minutes of volleyball I’ve seen from this group.”", "partial", "Ibrahim Adeyemi",
          "Ibrahim Adeyemi"),
        Q("“We talked all week about not looking at the standings,”", "direct", "Adeyemi", "Ibrahim Adeyemi",
          speaker_at="Adeyemi said"),
        Q("“But you’d have to be living under a rock not to know what was on the line tonight.”", "direct",
          "Adeyemi", "Ibrahim Adeyemi", speaker_at="Adeyemi said"),
        Q("McIvor, a first-year from Opaskwayak Cree Nation, had been working on her jump float serve after practice "
          "every day since Christmas", "indirect", "He", "Ibrahim Adeyemi", speaker_at="He said McIvor"),
        Q("“She’s the quietest kid in the gym,”", "direct", "he", "Ibrahim Adeyemi", speaker_at="he added"),
        Q("“She doesn’t say much. She just goes and does it.”", "direct", "he", "Ibrahim Adeyemi",
          speaker_at="he added"),
        Q("her team had struggled to handle the Bobcats’ serve from the opening point", "indirect",
          "Anneke de Groot", "Anneke de Groot"),
        Q("“They made it very hard for us to run our offence. Credit to them, they deserved it,”", "direct", "she",
          "Anneke de Groot", speaker_at="deserved it,” she said"),
        Q("the university had already fielded calls from fans asking about playoff tickets", "indirect",
          "Luc Paquette-Thiessen", "Luc Paquette-Thiessen"),
        Q("quarterfinal matchups will be confirmed after Sunday’s final round of regular-season games", "indirect",
          "Canada West", "Canada West", speaker_at="According to Canada West"),
        Q("the crowd had made the difference in the third set", "indirect", "Kowalchuk", "Tessa Kowalchuk",
          speaker_at="Kowalchuk, who grew up"),
        Q("“You could feel it coming up through the floor,”", "direct", "she", "Tessa Kowalchuk",
          speaker_at="floor,” she said"),
        Q("“I’ve never heard it that loud in here.”", "direct", "she", "Tessa Kowalchuk",
          speaker_at="floor,” she said"),
    ]),
    Case("blind70-port", """Mombasa port paralysed as dockworkers down tools

Operations at the Port of Mombasa ground to a halt yesterday after more than 3,000 dockworkers downed their tools over a stalled pay deal and the planned handover of two berths to a foreign operator.

Hundreds of workers under the Dock Workers Union (DWU) gathered outside the Kilindini gate from as early as 6am, chanting and waving placards, as vessels queued at the anchorage.

DWU secretary general Juma Mwakideu Salim said the workers would not resume duty until the Kenya Ports Authority signed the collective bargaining agreement negotiated last year.

"We have been patient for 14 months. Our members are told there is no money, yet the same authority is busy handing over berths to foreigners," Salim told the press.

He said the union had written to the Labour ministry three times without receiving a response.

"This strike is not about one shilling or two shillings. It is about the future of every Kenyan who works at this port," he said.

In a statement, KPA managing director Capt Abdalla Kombo Mwinyi said the authority remained committed to dialogue, but described the strike as "illegal and unprocedural". Mwinyi said contingency measures had been put in place to ensure that critical cargo, including fuel and relief food, kept moving.

The two berths are to be run by Khaleej Ports Group under a 30-year concession signed in March. The group's chairman, Sheikh Mansoor bin Rashid Al Qasimi, said at the signing ceremony that the company would retain all existing workers at the berths. "No one will lose their job because of this agreement," he said at the time.

Kenya Shippers Council chief executive Agnes Wanjiru-Kamau warned that each day of the stoppage was costing importers and exporters an estimated Sh1.2 billion.

According to KPA data, 14 ships were waiting at the anchorage by last evening.

Labour Cabinet Secretary Florence Chebet Langat said she had summoned both parties to a meeting in Nairobi on Monday. "I am appealing to our workers to return to work as we resolve this matter through the proper channels," Langat told journalists at Nyayo House.

At the Kipevu container terminal, truck drivers said they had been stuck in the queue for more than 10 hours.

"I came at 4am to collect a container for Kampala. Now I am just sitting here, and nobody is telling us anything," said a driver who gave his name only as Baraka.

Mombasa county police commander Peter Kipkorir Ng'etich said officers were monitoring the situation and that the protest had so far been peaceful.""", [
        Q("the workers would not resume duty until the Kenya Ports Authority signed the collective bargaining "
          "agreement negotiated last year", "indirect", "Juma Mwakideu Salim", "Juma Mwakideu Salim"),
        Q('"We have been patient for 14 months. Our members are told there is no money, yet the same authority is '
          'busy handing over berths to foreigners,"', "direct", "Salim", "Juma Mwakideu Salim",
          speaker_at="Salim told the press"),
        Q("the union had written to the Labour ministry three times without receiving a response", "indirect", "He",
          "Juma Mwakideu Salim", speaker_at="He said the union"),
        Q('"This strike is not about one shilling or two shillings. It is about the future of every Kenyan who works '
          'at this port,"', "direct", "he", "Juma Mwakideu Salim", speaker_at='port," he said'),
        Q("the authority remained committed to dialogue", "indirect", "Abdalla Kombo Mwinyi", "Abdalla Kombo Mwinyi"),
        Q('"illegal and unprocedural"', "partial", "Abdalla Kombo Mwinyi", "Abdalla Kombo Mwinyi"),
        Q("contingency measures had been put in place to ensure that critical cargo, including fuel and relief food, "
          "kept moving", "indirect", "Mwinyi", "Abdalla Kombo Mwinyi", speaker_at="Mwinyi said contingency"),
        Q("that the company would retain all existing workers at the berths", "indirect",
          "Mansoor bin Rashid Al Qasimi", "Mansoor bin Rashid Al Qasimi"),
        Q('"No one will lose their job because of this agreement,"', "direct", "he", "Mansoor bin Rashid Al Qasimi",
          speaker_at="he said at the time"),
        Q("that each day of the stoppage was costing importers and exporters an estimated Sh1.2 billion", "indirect",
          "Agnes Wanjiru-Kamau", "Agnes Wanjiru-Kamau"),
        Q("14 ships were waiting at the anchorage by last evening", "indirect", "KPA data", None),
        Q("she had summoned both parties to a meeting in Nairobi on Monday", "indirect", "Florence Chebet Langat",
          "Florence Chebet Langat"),
        Q('"I am appealing to our workers to return to work as we resolve this matter through the proper channels,"',
          "direct", "Langat", "Florence Chebet Langat", speaker_at="Langat told journalists"),
        Q("they had been stuck in the queue for more than 10 hours", "indirect", "truck drivers", None),
        Q('"I came at 4am to collect a container for Kampala. Now I am just sitting here, and nobody is telling us '
          'anything,"', "direct", "Baraka", "Baraka"),
        Q("officers were monitoring the situation and that the protest had so far been peaceful", "indirect",
          "Peter Kipkorir Ng'etich", "Peter Kipkorir Ng'etich"),
    ]),
    Case("blind70-pension", """Pension fraud: Ex-pension boss, two others plead not guilty to N4.2bn charges

A former Executive Secretary of the defunct Federal Civil Service Pension Office (FCSPO), Chief Olufemi Adebayo-Williams, and two others yesterday pleaded not guilty to a 23-count charge bordering on the diversion of N4.2 billion meant for retired civil servants.

Adebayo-Williams was arraigned before Justice Halima Abdulkadir Bello of the Federal High Court, Abuja, alongside a former Deputy Director of Finance in the office, Mrs. Ngozi Obi-Dike, and a businessman, Alhaji Musa Danjuma Tafida, by the Economic and Financial Crimes Commission (EFCC).

The anti-graft agency alleged that between 2016 and 2019 the defendants moved the funds through 14 shell companies and used part of the proceeds to buy properties in Abuja, Lagos and Dubai.

According to the charge, the offences contravene Section 15(2) of the Money Laundering (Prohibition) Act, 2011.

The case is one of several arising from the “ghost pensioners” scandal that rocked the federal civil service in 2019.

After the defendants took their pleas, counsel to the EFCC, Mr. Chukwuemeka Okonkwo-Eze, told the court that the prosecution would call 11 witnesses.

“My Lord, this is a matter in which thousands of pensioners, many of them now late, were denied what they worked for. The evidence will show a deliberate scheme, not an accounting error,” he said.

Counsel to the first defendant, Chief Ikechukwu Nwosu (SAN), urged the court to admit his client to bail, arguing that he had honoured every invitation by the commission since 2020.

“My client is 71 years old. He has not run away in four years. He will not run away now,” Nwosu said.

Justice Bello granted each of the defendants bail in the sum of N100 million with two sureties in like sum and ordered them to deposit their international passports with the court’s registry. She adjourned the matter till March 18 for commencement of trial.

Outside the courtroom, the National Chairman of the Nigeria Union of Pensioners (NUP), Comrade Emmanuel Ayuba Dikko, said retirees had waited too long for justice.

“Some of our members died queuing for verification under the sun. Some sold their houses to survive.

“We are not asking for vengeance. We are asking that whoever took this money should return it, so that the old men and women who served this country can eat,” he said.

In a statement, the commission’s spokesman, Mr. Babatunde Ajibola-Oni, said assets worth N1.9 billion had already been recovered and placed under interim forfeiture.""", [
        Q("that between 2016 and 2019 the defendants moved the funds through 14 shell companies and used part of the "
          "proceeds to buy properties in Abuja, Lagos and Dubai", "indirect", "The anti-graft agency",
          "Economic and Financial Crimes Commission"),
        Q("the offences contravene Section 15(2) of the Money Laundering (Prohibition) Act, 2011", "indirect",
          "the charge", None),
        Q("that the prosecution would call 11 witnesses", "indirect", "Chukwuemeka Okonkwo-Eze",
          "Chukwuemeka Okonkwo-Eze"),
        Q("“My Lord, this is a matter in which thousands of pensioners, many of them now late, were denied what they "
          "worked for. The evidence will show a deliberate scheme, not an accounting error,”", "direct", "he",
          "Chukwuemeka Okonkwo-Eze", speaker_at="error,” he said"),
        Q("that he had honoured every invitation by the commission since 2020", "indirect", "Ikechukwu Nwosu",
          "Ikechukwu Nwosu"),
        Q("“My client is 71 years old. He has not run away in four years. He will not run away now,”", "direct",
          "Nwosu", "Ikechukwu Nwosu", speaker_at="Nwosu said"),
        Q("retirees had waited too long for justice", "indirect", "Emmanuel Ayuba Dikko", "Emmanuel Ayuba Dikko"),
        Q("“Some of our members died queuing for verification under the sun. Some sold their houses to survive.",
          "direct", "he", "Emmanuel Ayuba Dikko", speaker_at="eat,” he said"),
        Q("“We are not asking for vengeance. We are asking that whoever took this money should return it, so that "
          "the old men and women who served this country can eat,”", "direct", "he", "Emmanuel Ayuba Dikko",
          speaker_at="eat,” he said"),
        Q("assets worth N1.9 billion had already been recovered and placed under interim forfeiture", "indirect",
          "Babatunde Ajibola-Oni", "Babatunde Ajibola-Oni"),
    ]),
    Case("blind70-mine", """Sekhukhune villagers dig in against platinum mine expansion

Residents of Ga-Moloto in Limpopo’s Sekhukhune district have vowed to block the expansion of a platinum mine they say has already cracked their houses, poisoned their boreholes and fenced off their grazing land.

Tshwene Platinum Mines (TPM) wants to sink a new shaft and build a second tailings dam about 800m from the village, which is home to about 4,000 people. The company says the R6.8-billion project will extend the life of the mine by 22 years and create 1,400 jobs.

At a heated community meeting on Thursday, attended by the Sunday Times, residents shouted down company representatives for nearly an hour.

“They come here with their PowerPoints and their sandwiches and they tell us about jobs. Which jobs? My sons have been sitting at home for five years,” said Nomvula Mahlangu, 58, whose house stands about 300m from the existing shaft.

The traditional leader of the area, Kgoshi Thabo Sekgobela, said the royal council had never given its consent to the expansion, and accused the company of dealing with a handful of headmen behind his back.

TPM chief executive Pieter-Jan van Wyk told the Sunday Times that the company had consulted “extensively and in good faith” since 2021, and that independent studies had found no link between blasting and the cracks.

“We understand the frustration. Mining has not always been a good neighbour in this country, and we are not pretending otherwise,” Van Wyk said.

But lawyers at the Centre for Environmental Rights (CER), who represent the community, say the company’s water-use licence application has “glaring gaps”.

“There is no credible plan for what happens to the groundwater when the mine closes. That is not a small omission,” said CER attorney Lerato Moloi-Pillay.

The mine’s “community dividend”, a R12-million trust set up in 2014, has not paid out a cent since 2019, according to trust records seen by the Sunday Times.

The Department of Mineral Resources and Energy said the application was still being assessed and that no decision would be taken before public hearings in November.

Mahlangu said residents planned to march to the mine’s gate on October 3.

“If they want to build that dam, they will have to build it on top of us,” she said.""", [
        Q("has already cracked their houses, poisoned their boreholes and fenced off their grazing land", "indirect",
          "they", None, speaker_at="they say has"),
        Q("the R6.8-billion project will extend the life of the mine by 22 years and create 1,400 jobs", "indirect",
          "The company", "Tshwene Platinum Mines", speaker_at="The company says"),
        Q("“They come here with their PowerPoints and their sandwiches and they tell us about jobs. Which jobs? My "
          "sons have been sitting at home for five years,”", "direct", "Nomvula Mahlangu", "Nomvula Mahlangu"),
        Q("the royal council had never given its consent to the expansion", "indirect", "Thabo Sekgobela",
          "Thabo Sekgobela"),
        Q("“extensively and in good faith”", "partial", "Pieter-Jan van Wyk", "Pieter-Jan van Wyk"),
        Q("that independent studies had found no link between blasting and the cracks", "indirect",
          "Pieter-Jan van Wyk", "Pieter-Jan van Wyk"),
        Q("“We understand the frustration. Mining has not always been a good neighbour in this country, and we are "
          "not pretending otherwise,”", "direct", "Van Wyk", "Pieter-Jan van Wyk", speaker_at="Van Wyk said"),
        Q("“glaring gaps”", "partial", "lawyers at the Centre for Environmental Rights (CER)", None),
        Q("“There is no credible plan for what happens to the groundwater when the mine closes. That is not a small "
          "omission,”", "direct", "Lerato Moloi-Pillay", "Lerato Moloi-Pillay"),
        Q("The mine’s “community dividend”, a R12-million trust set up in 2014, has not paid out a cent since 2019",
          "indirect", "trust records seen by the Sunday Times", None),
        Q("the application was still being assessed and that no decision would be taken before public hearings in "
          "November", "indirect", "The Department of Mineral Resources and Energy",
          "Department of Mineral Resources and Energy"),
        Q("residents planned to march to the mine’s gate on October 3", "indirect", "Mahlangu", "Nomvula Mahlangu",
          speaker_at="Mahlangu said residents"),
        Q("“If they want to build that dam, they will have to build it on top of us,”", "direct", "she",
          "Nomvula Mahlangu", speaker_at="us,” she said"),
    ]),
    Case("blind70-poet", """Poet Rudo Matongo laid to rest

THE literary community yesterday bade farewell to celebrated poet Mbuya Rudo Matongo, who died in Harare last Sunday aged 79 after a long illness.

Matongo, whose 1983 collection "Nzira Dzemvura" (The Paths of Water) is studied in schools across the country, was buried at her rural home in Gutu, Masvingo province.

Hundreds of mourners, among them writers, students, war veterans and Government officials, packed the small Anglican church at Mupandawana growth point for the funeral service.

"Mbuya Matongo gave our liberation struggle a voice in the mother tongue. She wrote for the ordinary woman at the borehole and the young man at the rural bus stop, and they understood her," said Sport, Arts and Recreation Minister Cde Kudakwashe Moyo-Nyathi in a speech read on his behalf by a senior official.

He said Government would consider a proposal to name a library at Great Zimbabwe University after the poet.

Born in Gutu in 1945, Matongo trained as a teacher and taught in rural schools for nearly 30 years. Besides her six collections of poetry, she wrote two novels and a memoir, "Tsoka Dzangu" (My Feet).

Prof Ruramai Mhondoro, who edited Matongo's collected works in 2015, described her as "a stubborn, funny, generous woman who refused to be anybody's symbol".

"She used to laugh when people called her a national treasure. She said treasures are kept in boxes, and she wanted to be read on buses.

"Her last manuscript is on my desk. She finished it in hospital, dictating to her granddaughter, and I promise you it will be published," Prof Mhondoro said.

Rev Farai Makamure, who led the service, said Matongo had asked that her poem "Mvura Haichemi" be read at her burial in place of a eulogy.

Her daughter, Mrs Chipo Matongo-Sibanda, said her mother had remained a teacher to the very end.

"Even last week she was correcting the nurses' grammar," she said, drawing laughter from mourners.

Zimbabwe Writers' Association secretary-general Tawanda Nyamadzawo said the association would launch an annual poetry prize in her name next year.

According to the family, Matongo is survived by three children, nine grandchildren and two great-grandchildren.""", [
        Q('"Mbuya Matongo gave our liberation struggle a voice in the mother tongue. She wrote for the ordinary woman '
          'at the borehole and the young man at the rural bus stop, and they understood her,"', "direct",
          "Kudakwashe Moyo-Nyathi", "Kudakwashe Moyo-Nyathi"),
        Q("Government would consider a proposal to name a library at Great Zimbabwe University after the poet",
          "indirect", "He", "Kudakwashe Moyo-Nyathi", speaker_at="He said Government"),
        Q('''"a stubborn, funny, generous woman who refused to be anybody's symbol"''', "partial",
          "Ruramai Mhondoro", "Ruramai Mhondoro"),
        Q('"She used to laugh when people called her a national treasure. She said treasures are kept in boxes, and '
          'she wanted to be read on buses.', "direct", "Mhondoro", "Ruramai Mhondoro",
          speaker_at="Prof Mhondoro said"),
        Q('"Her last manuscript is on my desk. She finished it in hospital, dictating to her granddaughter, and I '
          'promise you it will be published,"', "direct", "Mhondoro", "Ruramai Mhondoro",
          speaker_at="Prof Mhondoro said"),
        Q('Matongo had asked that her poem "Mvura Haichemi" be read at her burial in place of a eulogy', "indirect",
          "Farai Makamure", "Farai Makamure"),
        Q("her mother had remained a teacher to the very end", "indirect", "Chipo Matongo-Sibanda",
          "Chipo Matongo-Sibanda"),
        Q('''"Even last week she was correcting the nurses' grammar,"''', "direct", "she", "Chipo Matongo-Sibanda",
          speaker_at="she said, drawing"),
        Q("the association would launch an annual poetry prize in her name next year", "indirect",
          "Tawanda Nyamadzawo", "Tawanda Nyamadzawo"),
        Q("Matongo is survived by three children, nine grandchildren and two great-grandchildren", "indirect",
          "the family", None),
    ]),
    Case("blind70-asf", """ASF alert up in Batangas as hog deaths climb

BATANGAS CITY—The provincial government has banned the transport of live pigs out of five towns after African swine fever (ASF) was confirmed in at least 14 backyard farms over the past two weeks.

Gov. Rosalinda Dimaculangan-Reyes signed an executive order on Tuesday placing Lobo, Rosario, Padre Garcia, Ibaan and San Juan under "red zone" status, which requires the culling of all pigs within a 1-kilometer radius of an infected farm.

"I know this is painful for our hog raisers, many of whom have only five or 10 pigs and depend on them for their children's tuition. But if we do not act now, we will lose the entire industry in the province," the governor said in a statement.

According to the provincial veterinary office, 2,860 pigs have died or been culled since Sept. 2.

Provincial veterinarian Dr. Ariel Macaraig said the virus had likely been brought in through pork products carried by traders from neighboring Quezon province. He said checkpoints manned by police and veterinary personnel had been set up at 12 entry points.

In Quezon City, Agriculture Secretary Emmanuel de la Peña said the national government would release P45 million in indemnity funds to affected raisers, at P5,000 per culled pig.

He told reporters that the department was "cautiously optimistic" about its ASF vaccine rollout. About 150,000 pigs have been vaccinated nationwide so far, according to the Bureau of Animal Industry.

But raisers in Lobo said indemnity from past outbreaks had been slow to arrive.

Jocelyn Magpantay, 47, who lost all 23 of her pigs in Barangay Sawang, said she was still waiting for payment from a similar cull in 2021.

"They told us to wait. We waited three years. Now they are telling us to wait again," she told the Inquirer.

The Pork Producers Federation of the Philippines called on the government to "stop treating indemnity as charity and start treating it as insurance."

Sen. Teodoro Malabanan said he would file a resolution seeking a Senate inquiry into delays in indemnity payments. "Our farmers should not have to choose between reporting a sick pig and feeding their family," he said.""", [
        Q('''"I know this is painful for our hog raisers, many of whom have only five or 10 pigs and depend on them '''
          '''for their children's tuition. But if we do not act now, we will lose the entire industry in the '''
          '''province,"''', "direct", "the governor", "Rosalinda Dimaculangan-Reyes"),
        Q("2,860 pigs have died or been culled since Sept. 2", "indirect", "the provincial veterinary office", None),
        Q("the virus had likely been brought in through pork products carried by traders from neighboring Quezon "
          "province", "indirect", "Ariel Macaraig", "Ariel Macaraig"),
        Q("checkpoints manned by police and veterinary personnel had been set up at 12 entry points", "indirect",
          "He", "Ariel Macaraig", speaker_at="He said checkpoints"),
        Q("the national government would release P45 million in indemnity funds to affected raisers, at P5,000 per "
          "culled pig", "indirect", "Emmanuel de la Peña", "Emmanuel de la Peña"),
        Q('"cautiously optimistic"', "partial", "He", "Emmanuel de la Peña", speaker_at="He told reporters"),
        Q("About 150,000 pigs have been vaccinated nationwide so far", "indirect", "the Bureau of Animal Industry",
          "Bureau of Animal Industry"),
        Q("indemnity from past outbreaks had been slow to arrive", "indirect", "raisers in Lobo", None),
        Q("she was still waiting for payment from a similar cull in 2021", "indirect", "Jocelyn Magpantay",
          "Jocelyn Magpantay"),
        Q('"They told us to wait. We waited three years. Now they are telling us to wait again,"', "direct", "she",
          "Jocelyn Magpantay", speaker_at="she told the Inquirer"),
        Q('"stop treating indemnity as charity and start treating it as insurance."', "partial",
          "The Pork Producers Federation of the Philippines", "Pork Producers Federation of the Philippines"),
        Q("he would file a resolution seeking a Senate inquiry into delays in indemnity payments", "indirect",
          "Teodoro Malabanan", "Teodoro Malabanan"),
        Q('"Our farmers should not have to choose between reporting a sick pig and feeding their family,"', "direct",
          "he", "Teodoro Malabanan", speaker_at='family," he said'),
    ]),
    Case("blind70-clerks", """Courts grind to a halt as clerks’ strike enters second week

For eight days now, the corridors of Lahore’s district courts have been full of litigants and empty of the people who actually make the system work. Around 4,000 clerks, readers, stenographers and naib qasids across Punjab’s subordinate judiciary have stayed away from work, demanding a judicial allowance equal to that paid to high court staff, and a proper service structure.

It is rare for the “invisible” staff of the courts to make themselves visible. This time they have done so loudly.

“A judge cannot hear a single case without a reader to call it and a clerk to find the file. We are the wheels of this cart, and we are tired of being treated like the dust on them,” said Muhammad Arshad Gondal, president of the Punjab Subordinate Judiciary Employees Association, addressing a sit-in outside the Lahore sessions court on Monday.

Gondal said the association had been promised a notification from the finance department in March but that nothing had materialised, and that staff would stay out “until the notification is in our hands”.

On Tuesday, the Lahore High Court registrar, Syed Ahsan Raza Bukhari, warned in a circular that striking employees would face disciplinary proceedings if they did not report for duty by Thursday. If anything, that has hardened positions. “Threats have never fed anyone’s children,” Gondal told The Friday Times.

The cost of the stoppage is being borne by litigants. Lahore Bar Association president Asma Khalid Butt said the strike had left thousands of under-trial prisoners waiting for hearings, and accused the provincial government of “sitting on a file for six months”.

Punjab Law Minister Zaheer-ud-Din Qureshi said the summary for the allowance had been sent to the chief minister, and promised it would be approved “within days”. Staff have heard such promises before.

Justice (retd) Farrukh Jamal Siddiqui, who served on the Lahore High Court for 11 years, says the dispute exposes a deeper problem. “We have spent twenty years talking about judicial reform as if it were about judges. It is about the whole machinery,” he said. “If you underpay the man who holds the file, you should not be surprised when files go missing.”

In Courtroom 14 on Wednesday, an elderly woman from Kasur, who asked not to be named, said she had come to court for the eleventh time in a land dispute with her nephew.

“Every time they say come back next month,” she said. “Now there is nobody even to say that.”""", [
        Q("“A judge cannot hear a single case without a reader to call it and a clerk to find the file. We are the "
          "wheels of this cart, and we are tired of being treated like the dust on them,”", "direct",
          "Muhammad Arshad Gondal", "Muhammad Arshad Gondal"),
        Q("the association had been promised a notification from the finance department in March but that nothing "
          "had materialised", "indirect", "Gondal", "Muhammad Arshad Gondal",
          speaker_at="Gondal said the association"),
        Q("“until the notification is in our hands”", "partial", "Gondal", "Muhammad Arshad Gondal",
          speaker_at="Gondal said the association"),
        Q("that striking employees would face disciplinary proceedings if they did not report for duty by Thursday",
          "indirect", "Syed Ahsan Raza Bukhari", "Syed Ahsan Raza Bukhari"),
        Q("“Threats have never fed anyone’s children,”", "direct", "Gondal", "Muhammad Arshad Gondal",
          speaker_at="Gondal told The Friday Times"),
        Q("the strike had left thousands of under-trial prisoners waiting for hearings", "indirect",
          "Asma Khalid Butt", "Asma Khalid Butt"),
        Q("“sitting on a file for six months”", "partial", "Asma Khalid Butt", "Asma Khalid Butt"),
        Q("the summary for the allowance had been sent to the chief minister", "indirect", "Zaheer-ud-Din Qureshi",
          "Zaheer-ud-Din Qureshi"),
        Q("“within days”", "partial", "Zaheer-ud-Din Qureshi", "Zaheer-ud-Din Qureshi"),
        Q("the dispute exposes a deeper problem", "indirect", "Farrukh Jamal Siddiqui", "Farrukh Jamal Siddiqui"),
        Q("“We have spent twenty years talking about judicial reform as if it were about judges. It is about the "
          "whole machinery,”", "direct", "he", "Farrukh Jamal Siddiqui", speaker_at="machinery,” he said"),
        Q("“If you underpay the man who holds the file, you should not be surprised when files go missing.”",
          "direct", "he", "Farrukh Jamal Siddiqui", speaker_at="machinery,” he said"),
        Q("she had come to court for the eleventh time in a land dispute with her nephew", "indirect",
          "an elderly woman from Kasur", None),
        Q("“Every time they say come back next month,”", "direct", "she", None, speaker_at="month,” she said"),
        Q("“Now there is nobody even to say that.”", "direct", "she", None, speaker_at="month,” she said"),
    ]),
    Case("blind70-derail", """Two killed, 31 hurt as passenger train derails near Arsikere

HASSAN, DHNS: Two passengers were killed and 31 injured when six coaches of a Shivamogga-Mysuru passenger train derailed near Banavara, about 14 km from Arsikere, in the early hours of Saturday.

The deceased were identified as Lakshmamma (62), of Kadur, and Mohammed Irfan (27), of Tarikere.

According to South Western Railway (SWR) officials, the train was travelling at about 65 kmph when its rear coaches jumped the track at 3.40 am.

Divisional Railway Manager (Mysuru) Ranjana Iyer-Bhat, who reached the spot by 6 am, said a preliminary inspection had found a fractured rail joint, but cautioned against drawing conclusions before the Commissioner of Railway Safety (CRS) completed his inquiry.

“Our priority right now is the injured and restoring the line. The CRS inquiry will establish the cause, and if anyone is found negligent, action will be taken,” she said.

Passengers described scenes of panic. K R Venkatesh, a bank employee travelling to Mysuru with his wife and daughter, said the coach “shook like a cradle” for several seconds before tipping onto its side.

“My daughter was sleeping on the upper berth. I don’t know how, but I caught her before she fell,” he told DH at the Hassan district hospital, where 24 of the injured have been admitted.

Local residents were the first to reach the site. Manjunath, who runs a tea stall near the Banavara level crossing, said villagers used tractor headlights and mobile phone torches to help people out of the coaches.

“Nobody waited for the police or the railway people. Everyone just ran,” he said.

Minister of State for Railways M G Siddalingappa announced an ex gratia of Rs 10 lakh each for the families of the deceased and Rs 2 lakh for the seriously injured. He told reporters in Bengaluru that ultrasonic testing of rails across the division would be reviewed.

“This is a single-line section carrying far more traffic than it was designed for. We have sanctioned doubling, and I will personally follow up,” the minister said.

Prof K S Narayanaswamy, a retired professor of civil engineering at the Indian Institute of Science, said rail fractures tended to occur more often in the cooler months, when steel contracts.

Five trains were cancelled and seven diverted, SWR said in a release. Traffic on the section is expected to be restored by Sunday evening.""", [
        Q("the train was travelling at about 65 kmph when its rear coaches jumped the track at 3.40 am", "indirect",
          "South Western Railway (SWR) officials", None),
        Q("a preliminary inspection had found a fractured rail joint", "indirect", "Ranjana Iyer-Bhat",
          "Ranjana Iyer-Bhat"),
        Q("“Our priority right now is the injured and restoring the line. The CRS inquiry will establish the cause, "
          "and if anyone is found negligent, action will be taken,”", "direct", "she", "Ranjana Iyer-Bhat",
          speaker_at="taken,” she said"),
        Q("“shook like a cradle”", "partial", "K R Venkatesh", "K R Venkatesh"),
        Q("“My daughter was sleeping on the upper berth. I don’t know how, but I caught her before she fell,”",
          "direct", "he", "K R Venkatesh", speaker_at="he told DH"),
        Q("villagers used tractor headlights and mobile phone torches to help people out of the coaches", "indirect",
          "Manjunath", "Manjunath", speaker_at="Manjunath, who runs"),
        Q("“Nobody waited for the police or the railway people. Everyone just ran,”", "direct", "he", "Manjunath",
          speaker_at="ran,” he said"),
        Q("that ultrasonic testing of rails across the division would be reviewed", "indirect", "He",
          "M G Siddalingappa", speaker_at="He told reporters"),
        Q("“This is a single-line section carrying far more traffic than it was designed for. We have sanctioned "
          "doubling, and I will personally follow up,”", "direct", "the minister", "M G Siddalingappa"),
        Q("rail fractures tended to occur more often in the cooler months, when steel contracts", "indirect",
          "K S Narayanaswamy", "K S Narayanaswamy"),
        Q("Five trains were cancelled and seven diverted", "indirect", "SWR", "South Western Railway",
          speaker_at="SWR said in a release"),
    ]),
    Case("blind70-mayor", """Ernesto Gallegos-Baca, former Las Cruces mayor who saved Mesquite district, dies at 88

Ernesto "Neto" Gallegos-Baca, a former schoolteacher who served two terms as mayor of Las Cruces and led the fight to save the city's historic Mesquite neighborhood from the bulldozers, died Tuesday at his home. He was 88.

His daughter, Marisol Gallegos-Whitaker, said he had been in declining health since a fall in January.

"He went the way he wanted, at home, with the Spanish station on the radio and the whole family arguing in the kitchen," she said. "He would have liked that we were arguing."

Born in 1936 in Mesilla to a family of farmworkers, Gallegos-Baca taught history at Las Cruces High School for 27 years before winning a seat on the City Council in 1983. He was elected mayor in 1991 and re-elected in 1995.

He is best remembered for his campaign against a plan to clear several blocks of adobe homes in the Mesquite district for a road-widening project. He called the plan "urban renewal for people who don't live here," and persuaded the council to seek historic designation instead. The district was listed on the National Register of Historic Places in 1998.

"Those houses were built by hand by people whose names nobody wrote down," Gallegos-Baca told the newspaper in a 2016 interview. "Tearing them down would have been like tearing pages out of the family Bible."

Gov. Daniel Etsitty ordered flags at state buildings in Doña Ana County lowered to half-staff through Saturday, and said in a statement that Gallegos-Baca had "taught a generation of New Mexicans that city hall belongs to them."

State Sen. Teresa Archuleta-Ruiz, D-Las Cruces, a former student of his, remembered him as a demanding teacher.

"He gave me a C on my first essay and wrote 'lazy thinking' across the top in red ink," she said. "I've been trying to get an A out of him ever since."

Mayor Lorena Chávez de la O said the city would hold a public memorial on the Plaza de Las Cruces later this month.

The Rev. Tomás Olguín, pastor of the Basilica of San Albino in Mesilla, said Gallegos-Baca had served as an usher there for more than 40 years and "never once let a latecomer stand at the back."

A funeral Mass will be celebrated at the basilica at 10 a.m. Saturday, according to the family. He is survived by his wife of 61 years, Rosa; four children; and 11 grandchildren.""", [
        Q("he had been in declining health since a fall in January", "indirect", "Marisol Gallegos-Whitaker",
          "Marisol Gallegos-Whitaker"),
        Q('"He went the way he wanted, at home, with the Spanish station on the radio and the whole family arguing in '
          'the kitchen,"', "direct", "she", "Marisol Gallegos-Whitaker", speaker_at='kitchen," she said'),
        Q('"He would have liked that we were arguing."', "direct", "she", "Marisol Gallegos-Whitaker",
          speaker_at='kitchen," she said'),
        Q('''"urban renewal for people who don't live here,"''', "partial", "He", "Ernesto Gallegos-Baca",
          speaker_at="He called the plan"),
        Q('"Those houses were built by hand by people whose names nobody wrote down,"', "direct", "Gallegos-Baca",
          "Ernesto Gallegos-Baca", speaker_at="Gallegos-Baca told the newspaper"),
        Q('"Tearing them down would have been like tearing pages out of the family Bible."', "direct",
          "Gallegos-Baca", "Ernesto Gallegos-Baca", speaker_at="Gallegos-Baca told the newspaper"),
        Q('"taught a generation of New Mexicans that city hall belongs to them."', "partial", "Daniel Etsitty",
          "Daniel Etsitty"),
        Q('''"He gave me a C on my first essay and wrote 'lazy thinking' across the top in red ink,"''', "direct",
          "she", "Teresa Archuleta-Ruiz", speaker_at='ink," she said'),
        Q('''"I've been trying to get an A out of him ever since."''', "direct", "she", "Teresa Archuleta-Ruiz",
          speaker_at='ink," she said'),
        Q("the city would hold a public memorial on the Plaza de Las Cruces later this month", "indirect",
          "Lorena Chávez de la O", "Lorena Chávez de la O"),
        Q("Gallegos-Baca had served as an usher there for more than 40 years", "indirect", "Tomás Olguín",
          "Tomás Olguín"),
        Q('"never once let a latecomer stand at the back."', "partial", "Tomás Olguín", "Tomás Olguín"),
        Q("A funeral Mass will be celebrated at the basilica at 10 a.m. Saturday", "indirect", "the family", None,
          speaker_at="according to the family"),
    ]),
]
