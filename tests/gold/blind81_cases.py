"""Blind gold set 81: short news articles from many outlets, written once.

Written without looking at the pretagger or at the other gold sets: sixteen fresh articles in the house
styles of Scottish Highlands and Islands papers, Namibian and Botswana dailies, Philippine regional news
sites and US public radio station sites. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind81-sutherland-wind-appeal", """Developer lodges appeal after councillors reject Sutherland wind farm

A renewable energy company has appealed to Scottish ministers after Highland councillors threw out its plans for a 14-turbine wind farm near Altnaharra.

Ardvreck Renewables lodged the appeal with the Planning and Environmental Appeals Division (DPEA) on Friday, three months after the council’s north planning applications committee refused consent for the Ben Klibreck scheme.

Councillors ruled in June that the 200-metre turbines would have an ‘unacceptable’ impact on the Flow Country, which was named a Unesco World Heritage Site last year.

In its appeal statement, the company said the committee had given ‘insufficient weight’ to national energy policy. It also argued that the turbines lay outside the world heritage boundary.

Project director Calum MacLeod said: ‘We have listened to the community throughout this process and cut the number of turbines from 19 to 14.

‘We believe this is a well-designed project in the right place, and we are confident the reporter will agree.’

Mr MacLeod added that the scheme would pay around £700,000 a year into a community benefit fund for north Sutherland. The company has also promised to fund a ‘Klibreck Connect’ broadband scheme for outlying townships.

Objectors say the refusal should stand.

Janet Mackay, who chairs Tongue and Farr Community Council, said residents were ‘disappointed but not surprised’ by the appeal.

‘People here are not against renewables,’ she said. ‘But there comes a point where enough is enough, and this landscape is simply too precious to lose.’

The John Muir Trust, which objected to the original application, said it would submit evidence to the reporter.

A spokeswoman for the trust said the Flow Country was ‘one of the last great wild places in Europe’ and should be protected ‘for generations to come’.

A Highland Council spokesman said: ‘The council will respond to the appeal in due course.’

According to the DPEA, a reporter is expected to visit the site in the spring, with a decision due by the end of next year.""", [
        Q("‘unacceptable’", "partial", "Councillors", None),
        Q("‘insufficient weight’", "partial", "the company", "Ardvreck Renewables", speaker_at="the company said"),
        Q("that the turbines lay outside the world heritage boundary", "indirect", "It", "Ardvreck Renewables",
          speaker_at="It also argued"),
        Q("‘We have listened to the community throughout this process and cut the number of turbines from 19 to 14.",
          "direct", "Calum MacLeod", "Calum MacLeod"),
        Q("‘We believe this is a well-designed project in the right place, and we are confident the reporter will "
          "agree.’", "direct", "Calum MacLeod", "Calum MacLeod"),
        Q("that the scheme would pay around £700,000 a year into a community benefit fund for north Sutherland",
          "indirect", "MacLeod", "Calum MacLeod", speaker_at="Mr MacLeod added"),
        Q("the refusal should stand", "indirect", "Objectors", None),
        Q("‘disappointed but not surprised’", "partial", "Janet Mackay", "Janet Mackay"),
        Q("‘People here are not against renewables,’", "direct", "she", "Janet Mackay", speaker_at="she said"),
        Q("‘But there comes a point where enough is enough, and this landscape is simply too precious to lose.’",
          "direct", "she", "Janet Mackay", speaker_at="she said"),
        Q("it would submit evidence to the reporter", "indirect", "The John Muir Trust", "John Muir Trust"),
        Q("‘one of the last great wild places in Europe’", "partial", "A spokeswoman for the trust", None),
        Q("‘for generations to come’", "partial", "A spokeswoman for the trust", None),
        Q("‘The council will respond to the appeal in due course.’", "direct", "A Highland Council spokesman", None),
        Q("a reporter is expected to visit the site in the spring, with a decision due by the end of next year",
          "indirect", "the DPEA", "Planning and Environmental Appeals Division", speaker_at="According to the DPEA"),
    ], source="blind"),
    Case("blind81-whalsay-boat-rescue", """Five crew rescued after fishing boat runs aground off Whalsay

Five fishermen were rescued in the early hours of Tuesday after their boat ran aground on rocks off the north-east coast of Whalsay.

HM Coastguard said it received a mayday call from the 18-metre whitefish boat Venture II shortly before 3.40am.

The Lerwick RNLI lifeboat and the coastguard helicopter from Sumburgh were sent to the scene, along with the Whalsay coastguard rescue team. The boat, known around Symbister harbour as 'the Vennie', had been heading home after four days at sea.

Lerwick lifeboat coxswain Bruce Leask said conditions were 'about as bad as you'd want', with a heavy swell and winds gusting to 40 knots.

'By the time we got there she was lying well over and the crew had got themselves into the liferaft,' he said. 'They did everything right.

'The helicopter winched two of them off and we took the other three aboard the lifeboat. Everybody worked together, and that's what you hope for.'

The men were taken to the Gilbert Bain Hospital in Lerwick to be checked over. NHS Shetland said on Tuesday afternoon that all five had since been discharged.

The skipper, Magnie Irvine, told The Shetland Times that the boat had lost power minutes before she struck the rocks.

'I've been at the fishing for 30 years and I've never had a night like it,' Mr Irvine said. 'I just want to thank every one of them – the lifeboat boys, the helicopter crew and the folk on the shore.'

A spokesman for HM Coastguard said: 'This was a fast-moving incident in difficult conditions, and we are very pleased that all five crew are safe and well.'

The Marine Accident Investigation Branch confirmed it had been informed and was 'gathering information'.

Whalsay councillor Duncan Anderson said the island had 'rallied round' the crew's families overnight.

Ruth Jamieson, executive officer of the Shetland Fishermen's Association, said the rescue was a reminder of the risks crews faced every day.

'Fishing is still one of the most dangerous jobs there is,' she added.""", [
        Q("it received a mayday call from the 18-metre whitefish boat Venture II shortly before 3.40am", "indirect",
          "HM Coastguard", "HM Coastguard", speaker_at="HM Coastguard said it"),
        Q("'about as bad as you'd want'", "partial", "Bruce Leask", "Bruce Leask"),
        Q("'By the time we got there she was lying well over and the crew had got themselves into the liferaft,'",
          "direct", "he", "Bruce Leask", speaker_at="he said"),
        Q("'They did everything right.", "direct", "he", "Bruce Leask", speaker_at="he said"),
        Q("'The helicopter winched two of them off and we took the other three aboard the lifeboat. Everybody worked "
          "together, and that's what you hope for.'", "direct", "he", "Bruce Leask", speaker_at="he said"),
        Q("that all five had since been discharged", "indirect", "NHS Shetland", "NHS Shetland"),
        Q("that the boat had lost power minutes before she struck the rocks", "indirect", "Magnie Irvine",
          "Magnie Irvine"),
        Q("'I've been at the fishing for 30 years and I've never had a night like it,'", "direct", "Irvine",
          "Magnie Irvine", speaker_at="Mr Irvine said"),
        Q("'I just want to thank every one of them – the lifeboat boys, the helicopter crew and the folk on the "
          "shore.'", "direct", "Irvine", "Magnie Irvine", speaker_at="Mr Irvine said"),
        Q("'This was a fast-moving incident in difficult conditions, and we are very pleased that all five crew are "
          "safe and well.'", "direct", "A spokesman for HM Coastguard", None),
        Q("it had been informed", "indirect", "The Marine Accident Investigation Branch",
          "Marine Accident Investigation Branch"),
        Q("'gathering information'", "partial", "The Marine Accident Investigation Branch",
          "Marine Accident Investigation Branch"),
        Q("'rallied round'", "partial", "Duncan Anderson", "Duncan Anderson"),
        Q("the rescue was a reminder of the risks crews faced every day", "indirect", "Ruth Jamieson", "Ruth Jamieson"),
        Q("'Fishing is still one of the most dangerous jobs there is,'", "direct", "she", "Ruth Jamieson",
          speaker_at="she added"),
    ], source="blind"),
    Case("blind81-skye-water-ban", """Skye growers face water ban as rivers hit record lows

Farmers, growers and distillers on Skye have been told to stop taking water from two rivers after the Scottish Environment Protection Agency (SEPA) raised the north of the island to its highest level of water scarcity.

The agency said on Monday that flows in the River Snizort and the Hinnisdal River had fallen to the lowest levels recorded for the time of year.

From Wednesday, licence holders will be barred from abstracting water for irrigation until further notice, unless they hold an exemption. Details are set out in SEPA’s weekly “Water Scarcity Situation Report”.

“We know this is a very difficult time for farmers and businesses, and we don’t take this step lightly,” said Fiona Maclean, SEPA’s head of water and planning. “But the rivers are now at a point where further abstraction would cause serious harm to salmon and the wider environment.”

Scottish Water, which supplies most homes on the island, said there were no plans for restrictions on household use, but urged customers to use water “wisely”. It said it had been tankering water into the Glendale supply since the start of the month.

Donald John MacInnes, who grows potatoes and soft fruit near Skeabost, said the ban would make a hard summer harder.

“I’ve been growing here for 25 years and I’ve never seen the ground like this,” he told the Free Press. “It’s like concrete. Without water, half of what’s in the ground won’t make it.”

A spokeswoman for the Cuillin Spirits distillery at Sligachan said production would continue as normal because the distillery drew its water from a spring rather than a river.

Local councillor Ruaraidh Stewart said people in the north end were “worried sick” about the risk of hill fires.

The Scottish Fire and Rescue Service has warned of a “very high” risk of wildfires across the Highlands this week.

According to the Met Office, Skye has had less than a third of its usual rainfall since April. Forecasters said there was little sign of a break, with high pressure expected to hold into next week.""", [
        Q("that flows in the River Snizort and the Hinnisdal River had fallen to the lowest levels recorded for the "
          "time of year", "indirect", "The agency", "Scottish Environment Protection Agency"),
        Q("“We know this is a very difficult time for farmers and businesses, and we don’t take this step lightly,”",
          "direct", "Fiona Maclean", "Fiona Maclean"),
        Q("“But the rivers are now at a point where further abstraction would cause serious harm to salmon and the "
          "wider environment.”", "direct", "Fiona Maclean", "Fiona Maclean"),
        Q("there were no plans for restrictions on household use", "indirect", "Scottish Water", "Scottish Water",
          speaker_at="Scottish Water, which"),
        Q("“wisely”", "partial", "Scottish Water", "Scottish Water", speaker_at="Scottish Water, which"),
        Q("it had been tankering water into the Glendale supply since the start of the month", "indirect", "It",
          "Scottish Water", speaker_at="It said it had"),
        Q("the ban would make a hard summer harder", "indirect", "Donald John MacInnes", "Donald John MacInnes"),
        Q("“I’ve been growing here for 25 years and I’ve never seen the ground like this,”", "direct", "he",
          "Donald John MacInnes", speaker_at="he told the Free Press"),
        Q("“It’s like concrete. Without water, half of what’s in the ground won’t make it.”", "direct", "he",
          "Donald John MacInnes", speaker_at="he told the Free Press"),
        Q("production would continue as normal because the distillery drew its water from a spring rather than a "
          "river", "indirect", "A spokeswoman", None),
        Q("“worried sick”", "partial", "Ruaraidh Stewart", "Ruaraidh Stewart"),
        Q("“very high”", "partial", "The Scottish Fire and Rescue Service", "Scottish Fire and Rescue Service"),
        Q("Skye has had less than a third of its usual rainfall since April", "indirect", "the Met Office",
          "Met Office"),
        Q("there was little sign of a break, with high pressure expected to hold into next week", "indirect",
          "Forecasters", None),
    ], source="blind"),
    Case("blind81-highland-minimum-wage", """Highland firms brace for squeeze as minimum wage rises

Hoteliers and shopkeepers across the Highlands and Islands say they are bracing for a difficult year as the national minimum wage rises by 6.7% next month.

From April 1, workers aged 21 and over must be paid at least £12.21 an hour, up from £11.44. The UK Government said the increase would benefit more than three million low-paid workers.

But business leaders in the north warn that the rise, coming on top of higher employer national insurance contributions, will push some firms to the brink.

Ewan MacKenzie, who runs a 24-bedroom hotel in Ullapool, said he supported fair pay but described the timing as "brutal".

"Nobody begrudges staff a decent wage," Mr MacKenzie said. "But when you add it all up, my wage bill is going up by about £40,000 this year, and I can't put room prices up by that much."

He said he would probably not replace two members of staff who were leaving at the end of the season.

Morag Fraser, the Federation of Small Businesses' development manager for the Highlands and Islands, said rural firms faced higher costs than those in the central belt.

"Our members in remote areas are already paying more for fuel, for deliveries, for everything," she said. "Many of them are telling us this is the year they cut hours or close altogether."

The Scottish Trades Union Congress welcomed the increase but said it did not go far enough.

Niall Gunn, a regional organiser with the Unite union, said many hospitality workers in Inverness were struggling with "sky-high" rents.

"A pay rise is welcome, but it's not a living wage when a one-bedroom flat in Inverness costs what it does," he said.

A UK Government spokesman said: "This is a pay rise for millions of the lowest-paid workers, including many across the Highlands and Islands."

According to the Living Wage Foundation, the real Living Wage, which employers pay voluntarily, is currently £12.60 an hour. The Scottish Government's "Fair Work First" policy requires firms receiving public grants to pay it.""", [
        Q("they are bracing for a difficult year as the national minimum wage rises by 6.7% next month", "indirect",
          "Hoteliers and shopkeepers", None),
        Q("the increase would benefit more than three million low-paid workers", "indirect", "The UK Government",
          "UK Government"),
        Q("that the rise, coming on top of higher employer national insurance contributions, will push some firms "
          "to the brink", "indirect", "business leaders in the north", None),
        Q("he supported fair pay", "indirect", "Ewan MacKenzie", "Ewan MacKenzie"),
        Q('"brutal"', "partial", "Ewan MacKenzie", "Ewan MacKenzie"),
        Q('"Nobody begrudges staff a decent wage,"', "direct", "MacKenzie", "Ewan MacKenzie",
          speaker_at="Mr MacKenzie said"),
        Q("\"But when you add it all up, my wage bill is going up by about £40,000 this year, and I can't put room "
          "prices up by that much.\"", "direct", "MacKenzie", "Ewan MacKenzie", speaker_at="Mr MacKenzie said"),
        Q("he would probably not replace two members of staff who were leaving at the end of the season", "indirect",
          "He", "Ewan MacKenzie", speaker_at="He said he would"),
        Q("rural firms faced higher costs than those in the central belt", "indirect", "Morag Fraser", "Morag Fraser"),
        Q('"Our members in remote areas are already paying more for fuel, for deliveries, for everything,"', "direct",
          "she", "Morag Fraser", speaker_at="she said"),
        Q('"Many of them are telling us this is the year they cut hours or close altogether."', "direct", "she",
          "Morag Fraser", speaker_at="she said"),
        Q("it did not go far enough", "indirect", "The Scottish Trades Union Congress",
          "Scottish Trades Union Congress"),
        Q('"sky-high"', "partial", "Niall Gunn", "Niall Gunn"),
        Q("\"A pay rise is welcome, but it's not a living wage when a one-bedroom flat in Inverness costs what it "
          "does,\"", "direct", "he", "Niall Gunn", speaker_at="he said"),
        Q('"This is a pay rise for millions of the lowest-paid workers, including many across the Highlands and '
          'Islands."', "direct", "A UK Government spokesman", None),
        Q("the real Living Wage, which employers pay voluntarily, is currently £12.60 an hour", "indirect",
          "the Living Wage Foundation", "Living Wage Foundation"),
    ], source="blind"),
    Case("blind81-debswana-retrenchment", """Debswana to cut 900 jobs as diamond slump bites

JWANENG: Debswana Diamond Company will retrench about 900 workers at its Jwaneng and Orapa operations by the end of the year, the company announced on Tuesday, blaming a prolonged slump in global diamond prices.

In a statement, the company said demand for rough diamonds had fallen sharply because of competition from laboratory-grown stones and weak consumer spending in the United States and China.

"These are painful decisions, and they have not been taken lightly," acting managing director Keabetswe Motshidisi said at a media briefing in Gaborone. "We have exhausted every other option, including cutting production and freezing recruitment."

Motshidisi said affected employees would be offered counselling and retraining, and that severance packages would go "above what the law requires".

The Botswana Mine Workers Union (BMWU) has rejected the plan. Its secretary general, Kagiso Ramotlhwa, said the union had not been properly consulted.

"We read about it in the newspapers like everybody else," Ramotlhwa said. "That is not consultation. We will go to court if we must."

He added that many of the affected workers were sole breadwinners supporting extended families.

In a separate statement, the Ministry of Minerals and Energy said government was in talks with Debswana and De Beers to limit the job losses.

In Jwaneng, where the mine is by far the biggest employer, shop owners said business had already slowed.

"When the mine sneezes, Jwaneng catches a cold," said Onalenna Sebego, who runs a hardware store near the bus rank. "People are already not buying."

Jwaneng, often called the "richest diamond mine in the world", has been the backbone of Botswana's economy since it opened in 1982.

Economist Dr Lesego Mmolawa, a lecturer at the University of Botswana, described the economy as "dangerously dependent" on a single commodity. Diamonds account for about 80 percent of the country's export earnings, according to the Bank of Botswana.""", [
        Q("Debswana Diamond Company will retrench about 900 workers at its Jwaneng and Orapa operations by the end of "
          "the year", "indirect", "the company", "Debswana Diamond Company", speaker_at="the company announced"),
        Q("demand for rough diamonds had fallen sharply because of competition from laboratory-grown stones and weak "
          "consumer spending in the United States and China", "indirect", "the company", "Debswana Diamond Company",
          speaker_at="the company said"),
        Q('"These are painful decisions, and they have not been taken lightly,"', "direct", "Keabetswe Motshidisi",
          "Keabetswe Motshidisi"),
        Q('"We have exhausted every other option, including cutting production and freezing recruitment."', "direct",
          "Keabetswe Motshidisi", "Keabetswe Motshidisi"),
        Q("affected employees would be offered counselling and retraining", "indirect", "Motshidisi",
          "Keabetswe Motshidisi", speaker_at="Motshidisi said affected"),
        Q('"above what the law requires"', "partial", "Motshidisi", "Keabetswe Motshidisi",
          speaker_at="Motshidisi said affected"),
        Q("the union had not been properly consulted", "indirect", "Kagiso Ramotlhwa", "Kagiso Ramotlhwa"),
        Q('"We read about it in the newspapers like everybody else,"', "direct", "Ramotlhwa", "Kagiso Ramotlhwa",
          speaker_at="Ramotlhwa said"),
        Q('"That is not consultation. We will go to court if we must."', "direct", "Ramotlhwa", "Kagiso Ramotlhwa",
          speaker_at="Ramotlhwa said"),
        Q("that many of the affected workers were sole breadwinners supporting extended families", "indirect", "He",
          "Kagiso Ramotlhwa", speaker_at="He added"),
        Q("government was in talks with Debswana and De Beers to limit the job losses", "indirect",
          "the Ministry of Minerals and Energy", "Ministry of Minerals and Energy"),
        Q("business had already slowed", "indirect", "shop owners", None),
        Q('"When the mine sneezes, Jwaneng catches a cold,"', "direct", "Onalenna Sebego", "Onalenna Sebego"),
        Q('"People are already not buying."', "direct", "Onalenna Sebego", "Onalenna Sebego"),
        Q('"dangerously dependent"', "partial", "Lesego Mmolawa", "Lesego Mmolawa"),
        Q("Diamonds account for about 80 percent of the country's export earnings", "indirect", "the Bank of Botswana",
          "Bank of Botswana"),
    ], source="blind"),
    Case("blind81-namdeb-elizabeth-bay", """Namdeb to lay off 340 as Elizabeth Bay mine closes

LÜDERITZ – Diamond producer Namdeb will lay off 340 workers when it closes its Elizabeth Bay mine near Lüderitz at the end of March, the company confirmed yesterday.

Namdeb, a 50-50 joint venture between government and De Beers, said falling prices and high operating costs had made the ageing mine "uneconomical".

The company's general manager for land operations, Hilma Nghipandulwa, said the company had tried to keep the mine open for as long as possible.

"Elizabeth Bay has been part of this community for more than 20 years, and this is not a day any of us wanted to see," Nghipandulwa said.

She said about 90 of the affected workers would be offered positions at the company's operations in Oranjemund.

The Mineworkers Union of Namibia (MUN) said it would challenge the retrenchments at the Office of the Labour Commissioner.

MUN branch chairperson Josef Hamukwaya told New Era the workers were "angry and afraid".

"Some of these people have worked here since they were 19. Where must they go now in Lüderitz? There is no other work," he said.

!Nami≠Nus constituency councillor Suzette Isaacks described the closure as "a disaster for the town" and said government should fast-track the Tsau Khaeb green hydrogen project to create jobs.

The Ministry of Mines and Energy said in a statement that it had been informed of the decision and was "closely monitoring" the situation.

According to the Chamber of Mines of Namibia, the diamond sector employed about 3 000 people directly at the end of last year.

Tuhafeni Shaanika, an economist at the Namibia University of Science and Technology, said the closure showed how exposed coastal towns were to the commodity cycle.

"Lüderitz has been here before," Shaanika said. "When the fishing went down, the town suffered. Now it is diamonds."

The mine lies inside the former Sperrgebiet, the "Forbidden Zone" that was closed to the public for most of the last century.""", [
        Q("Diamond producer Namdeb will lay off 340 workers when it closes its Elizabeth Bay mine near Lüderitz at the "
          "end of March", "indirect", "the company", "Namdeb", speaker_at="the company confirmed"),
        Q('"uneconomical"', "partial", "Namdeb", "Namdeb", speaker_at="Namdeb, a 50-50"),
        Q("the company had tried to keep the mine open for as long as possible", "indirect", "Hilma Nghipandulwa",
          "Hilma Nghipandulwa"),
        Q('"Elizabeth Bay has been part of this community for more than 20 years, and this is not a day any of us '
          'wanted to see,"', "direct", "Nghipandulwa", "Hilma Nghipandulwa", speaker_at="Nghipandulwa said"),
        Q("about 90 of the affected workers would be offered positions at the company's operations in Oranjemund",
          "indirect", "She", "Hilma Nghipandulwa", speaker_at="She said"),
        Q("it would challenge the retrenchments at the Office of the Labour Commissioner", "indirect",
          "The Mineworkers Union of Namibia", "Mineworkers Union of Namibia"),
        Q('"angry and afraid"', "partial", "Josef Hamukwaya", "Josef Hamukwaya"),
        Q('"Some of these people have worked here since they were 19. Where must they go now in Lüderitz? There is '
          'no other work,"', "direct", "he", "Josef Hamukwaya", speaker_at="he said"),
        Q('"a disaster for the town"', "partial", "Suzette Isaacks", "Suzette Isaacks"),
        Q("government should fast-track the Tsau Khaeb green hydrogen project to create jobs", "indirect",
          "Suzette Isaacks", "Suzette Isaacks"),
        Q("that it had been informed of the decision", "indirect", "The Ministry of Mines and Energy",
          "Ministry of Mines and Energy"),
        Q('"closely monitoring"', "partial", "The Ministry of Mines and Energy", "Ministry of Mines and Energy"),
        Q("the diamond sector employed about 3 000 people directly at the end of last year", "indirect",
          "the Chamber of Mines of Namibia", "Chamber of Mines of Namibia"),
        Q("the closure showed how exposed coastal towns were to the commodity cycle", "indirect", "Tuhafeni Shaanika",
          "Tuhafeni Shaanika"),
        Q('"Lüderitz has been here before,"', "direct", "Shaanika", "Tuhafeni Shaanika", speaker_at="Shaanika said"),
        Q('"When the fishing went down, the town suffered. Now it is diamonds."', "direct", "Shaanika",
          "Tuhafeni Shaanika", speaker_at="Shaanika said"),
    ], source="blind"),
    Case("blind81-windhoek-water-restrictions", """Windhoek moves to stage-three water restrictions

The City of Windhoek has moved to stage-three water restrictions, banning the filling of swimming pools and limiting garden watering to two evenings a week as the capital's supply dams run dry.

According to the municipality, the three dams that supply the city – Von Bach, Swakoppoort and Omatako – are at a combined 11% of capacity, the lowest level since 2016.

"We are asking every household to cut consumption by at least 20%. This is not a request we make lightly," the city's strategic executive for infrastructure, Lazarus Uugwanga, told journalists at a briefing yesterday.

Uugwanga said residents who ignored the restrictions could be fined up to N$2 000 and have their supply throttled.

He said the city would step up inspections in suburbs such as Klein Windhoek and Ludwigsdorf, where consumption was "far above" the city's target.

Mayor Elina Shikongo appealed to residents to report leaks and wasteful use. "This is everybody's problem, not only the municipality's," she said.

Namibia Water Corporation (NamWater) spokesperson Elizabeth Haimbodi said the bulk water supplier had cut its supply to the city by 10% to stretch what is left in the dams.

"If we do not receive good rains this season, the situation will become very difficult," Haimbodi said.

According to the Namibia Meteorological Service, the central regions received less than half of their normal rainfall during the last season. State broadcaster NBC reported that Rehoboth and Okahandja had also introduced restrictions.

In Katutura, some residents said they were already struggling.

"We don't have gardens or pools here. We are already saving every drop," said Maria Nangombe, a vendor at the Soweto Market. "The people in the rich suburbs must cut first."

IPC councillor Benjamin Hoaeb accused the municipality of failing to fix leaks, saying the city lost about a third of its treated water through ageing pipes.

The city's "Every Drop Counts" campaign will run on radio and social media from next week.""", [
        Q("the three dams that supply the city – Von Bach, Swakoppoort and Omatako – are at a combined 11% of "
          "capacity, the lowest level since 2016", "indirect", "the municipality", "City of Windhoek",
          speaker_at="According to the municipality"),
        Q('"We are asking every household to cut consumption by at least 20%. This is not a request we make '
          'lightly,"', "direct", "Lazarus Uugwanga", "Lazarus Uugwanga"),
        Q("residents who ignored the restrictions could be fined up to N$2 000 and have their supply throttled",
          "indirect", "Uugwanga", "Lazarus Uugwanga", speaker_at="Uugwanga said"),
        Q("the city would step up inspections in suburbs such as Klein Windhoek and Ludwigsdorf", "indirect", "He",
          "Lazarus Uugwanga", speaker_at="He said"),
        Q('"far above"', "partial", "He", "Lazarus Uugwanga", speaker_at="He said"),
        Q("\"This is everybody's problem, not only the municipality's,\"", "direct", "she", "Elina Shikongo",
          speaker_at="she said"),
        Q("the bulk water supplier had cut its supply to the city by 10% to stretch what is left in the dams",
          "indirect", "Elizabeth Haimbodi", "Elizabeth Haimbodi"),
        Q('"If we do not receive good rains this season, the situation will become very difficult,"', "direct",
          "Haimbodi", "Elizabeth Haimbodi", speaker_at="Haimbodi said."),
        Q("the central regions received less than half of their normal rainfall during the last season", "indirect",
          "the Namibia Meteorological Service", "Namibia Meteorological Service"),
        Q("that Rehoboth and Okahandja had also introduced restrictions", "indirect", "NBC", "NBC"),
        Q("they were already struggling", "indirect", "some residents", None),
        Q("\"We don't have gardens or pools here. We are already saving every drop,\"", "direct", "Maria Nangombe",
          "Maria Nangombe"),
        Q('"The people in the rich suburbs must cut first."', "direct", "Maria Nangombe", "Maria Nangombe"),
        Q("the city lost about a third of its treated water through ageing pipes", "indirect", "Benjamin Hoaeb",
          "Benjamin Hoaeb"),
    ], source="blind"),
    Case("blind81-bba-coach-suspension", """BBA suspends Eagles coach Mokgadi for six matches

GABORONE: The Botswana Basketball Association (BBA) has suspended Mochudi Eagles head coach Tebogo Mokgadi for six matches after he confronted a referee during last weekend's league clash against Police at the University of Botswana indoor arena.

In a letter seen by Mmegi Sport, the association said Mokgadi had used "abusive and threatening language" towards the match officials. It added that the coach had refused to leave the court after being ejected in the third quarter.

Mokgadi has also been fined P5 000.

"Our referees must be respected. We will not tolerate this kind of behaviour from anybody, whether a player, a coach or an official," BBA spokesperson Gofaone Mmusi said.

Mmusi said the ban would take effect immediately and that Mokgadi had seven days to appeal.

Contacted for comment, Coach Mokgadi said he would appeal. "I accept that I lost my temper, and I have apologised to the referee," he said. "But six games is too harsh. It is almost half of the season."

Eagles chairman Thabo Moremi told Mmegi Sport the club would stand by its coach.

"Coach Mokgadi has built this team from nothing," Moremi said, adding that assistant coach Boitumelo Ntwaetsile would take charge in the meantime.

Some supporters described the ban on social media as "a witch-hunt". The Eagles meet Oodi Stars in the so-called "Kgatleng derby" on Saturday.

Veteran referee Onkemetse Dikgang said abuse of match officials had become worse this season.

"Referees are human beings. Some weekends people just don't want to do the job anymore," Dikgang said.""", [
        Q('"abusive and threatening language"', "partial", "the association", "Botswana Basketball Association",
          speaker_at="the association said"),
        Q("that the coach had refused to leave the court after being ejected in the third quarter", "indirect", "It",
          "Botswana Basketball Association", speaker_at="It added"),
        Q('"Our referees must be respected. We will not tolerate this kind of behaviour from anybody, whether a '
          'player, a coach or an official,"', "direct", "Gofaone Mmusi", "Gofaone Mmusi"),
        Q("the ban would take effect immediately and that Mokgadi had seven days to appeal", "indirect", "Mmusi",
          "Gofaone Mmusi", speaker_at="Mmusi said the ban"),
        Q("he would appeal", "indirect", "Mokgadi", "Tebogo Mokgadi", speaker_at="Coach Mokgadi said"),
        Q('"I accept that I lost my temper, and I have apologised to the referee,"', "direct", "he", "Tebogo Mokgadi",
          speaker_at="he said"),
        Q('"But six games is too harsh. It is almost half of the season."', "direct", "he", "Tebogo Mokgadi",
          speaker_at="he said"),
        Q("the club would stand by its coach", "indirect", "Thabo Moremi", "Thabo Moremi"),
        Q('"Coach Mokgadi has built this team from nothing,"', "direct", "Moremi", "Thabo Moremi",
          speaker_at="Moremi said"),
        Q("that assistant coach Boitumelo Ntwaetsile would take charge in the meantime", "indirect", "Moremi",
          "Thabo Moremi", speaker_at="Moremi said"),
        Q('"a witch-hunt"', "partial", "Some supporters", None),
        Q("abuse of match officials had become worse this season", "indirect", "Onkemetse Dikgang",
          "Onkemetse Dikgang"),
        Q("\"Referees are human beings. Some weekends people just don't want to do the job anymore,\"", "direct",
          "Dikgang", "Onkemetse Dikgang", speaker_at="Dikgang said."),
    ], source="blind"),
    Case("blind81-catanduanes-relief", """Relief packs reach cut-off Catanduanes towns days after Typhoon Dindo

VIRAC, Catanduanes – More than 18,000 family food packs arrived in this island province on Wednesday, October 22, four days after Typhoon Dindo tore through eastern Bicol, the Department of Social Welfare and Development (DSWD) said.

The packs, each containing six kilos of rice, canned goods and coffee, were shipped from Tabaco City port on board a Philippine Coast Guard vessel, according to DSWD Bicol regional director Arlene Buenaflor.

“Our priority is the towns that have been cut off since the weekend – Bagamanoc, Panganiban and Viga,” Buenaflor told reporters in Virac. “We are also sending drinking water because many of the deep wells are contaminated.”

The Office of Civil Defense (OCD) in Bicol said at least 42,000 families in Catanduanes had been affected, and that three people were still missing.

State weather bureau PAGASA earlier described Dindo as the “strongest typhoon to hit Catanduanes since Rolly in 2020.”

In Viga, residents lined up for hours under the sun outside the municipal gym.

“Salamat po, pero kulang pa rin (Thank you, but it’s still not enough),” said Lorna Tabuzo, 54, a mother of five whose house lost its roof.

She said her family had been eating only rice and instant noodles since Sunday.

Viga Mayor Ramon Villaluna said the town needed roofing materials more than food. “Food will last three days. A roof will last ten years,” he said.

In Manila, the DSWD said it had prepositioned another 50,000 packs in its warehouse in Pasay City and would send them to Bicol if needed. The packs are part of its “Buong Bansa Handa” program.

Some residents posted complaints on social media about what they called “palakasan” (favoritism) in the listing of beneficiaries.

Buenaflor denied the claim, saying every family on the barangay list would receive a pack.""", [
        Q("More than 18,000 family food packs arrived in this island province on Wednesday, October 22, four days "
          "after Typhoon Dindo tore through eastern Bicol", "indirect", "the Department of Social Welfare and "
          "Development", "Department of Social Welfare and Development"),
        Q("The packs, each containing six kilos of rice, canned goods and coffee, were shipped from Tabaco City port "
          "on board a Philippine Coast Guard vessel", "indirect", "Arlene Buenaflor", "Arlene Buenaflor"),
        Q("“Our priority is the towns that have been cut off since the weekend – Bagamanoc, Panganiban and Viga,”",
          "direct", "Buenaflor", "Arlene Buenaflor", speaker_at="Buenaflor told"),
        Q("“We are also sending drinking water because many of the deep wells are contaminated.”", "direct",
          "Buenaflor", "Arlene Buenaflor", speaker_at="Buenaflor told"),
        Q("at least 42,000 families in Catanduanes had been affected, and that three people were still missing",
          "indirect", "The Office of Civil Defense", "Office of Civil Defense"),
        Q("“strongest typhoon to hit Catanduanes since Rolly in 2020.”", "partial", "PAGASA", "PAGASA"),
        Q("“Salamat po, pero kulang pa rin (Thank you, but it’s still not enough),”", "direct", "Lorna Tabuzo",
          "Lorna Tabuzo"),
        Q("her family had been eating only rice and instant noodles since Sunday", "indirect", "She", "Lorna Tabuzo",
          speaker_at="She said"),
        Q("the town needed roofing materials more than food", "indirect", "Ramon Villaluna", "Ramon Villaluna"),
        Q("“Food will last three days. A roof will last ten years,”", "direct", "he", "Ramon Villaluna",
          speaker_at="he said"),
        Q("it had prepositioned another 50,000 packs in its warehouse in Pasay City and would send them to Bicol if "
          "needed", "indirect", "the DSWD", "Department of Social Welfare and Development",
          speaker_at="the DSWD said"),
        Q("“palakasan”", "partial", "they", None, speaker_at="what they called"),
        Q("every family on the barangay list would receive a pack", "indirect", "Buenaflor", "Arlene Buenaflor",
          speaker_at="Buenaflor denied"),
    ], source="blind"),
    Case("blind81-eastern-samar-relief", """DSWD, LGUs distribute aid to 30K typhoon-hit families in Eastern Samar

TACLOBAN CITY – The Department of Social Welfare and Development (DSWD) in Eastern Visayas has distributed relief goods to more than 30,000 families in Eastern Samar affected by Typhoon Dindo, an official said Monday.

"We have already reached all 23 towns in the province. The remaining challenge is the island barangays, where we need boats," DSWD regional information officer Jonalyn Dacillo said in a phone interview.

Dacillo, who described the operation as a "whole-of-government effort," said each family received a pack containing six kilos of rice, canned sardines, corned beef and coffee, good for two to three days.

She added that the agency has prepositioned 45,000 more packs at its warehouse in Palo, Leyte.

In Guiuan town, Mayor Rolando Abrenica said the local government had set up 14 distribution points so that residents would not have to travel far.

"We learned from Yolanda. We don't want people walking for kilometers under the heat just to get food," Abrenica said.

The Office of Civil Defense (OCD) Eastern Visayas reported that 12,400 houses in the province were damaged, 3,100 of them totally.

OCD regional spokesperson Mark Leo Bagares said power had been restored in eight of the province's 23 towns.

In Barangay Sulangan, fisherman Ernesto Cabacang, 61, said his pump boat was smashed against the seawall.

"Wara na kami pangisda (We have nothing left to fish with)," he said in Waray.

The Bureau of Fisheries and Aquatic Resources (BFAR) said it would distribute 300 fiberglass boats to fishers who lost their boats.

According to the Diocese of Borongan, its social action center has served hot meals to some 2,000 evacuees since Saturday. The church is also helping with the provincial government's "Oplan Tabang" relief drive.""", [
        Q("The Department of Social Welfare and Development (DSWD) in Eastern Visayas has distributed relief goods to "
          "more than 30,000 families in Eastern Samar affected by Typhoon Dindo", "indirect", "an official",
          "Jonalyn Dacillo"),
        Q('"We have already reached all 23 towns in the province. The remaining challenge is the island barangays, '
          'where we need boats,"', "direct", "Jonalyn Dacillo", "Jonalyn Dacillo"),
        Q('"whole-of-government effort,"', "partial", "Dacillo", "Jonalyn Dacillo", speaker_at="Dacillo, who"),
        Q("each family received a pack containing six kilos of rice, canned sardines, corned beef and coffee, good "
          "for two to three days", "indirect", "Dacillo", "Jonalyn Dacillo", speaker_at="Dacillo, who"),
        Q("that the agency has prepositioned 45,000 more packs at its warehouse in Palo, Leyte", "indirect", "She",
          "Jonalyn Dacillo", speaker_at="She added"),
        Q("the local government had set up 14 distribution points so that residents would not have to travel far",
          "indirect", "Rolando Abrenica", "Rolando Abrenica"),
        Q("\"We learned from Yolanda. We don't want people walking for kilometers under the heat just to get food,\"",
          "direct", "Abrenica", "Rolando Abrenica", speaker_at="Abrenica said."),
        Q("that 12,400 houses in the province were damaged, 3,100 of them totally", "indirect",
          "The Office of Civil Defense", "Office of Civil Defense"),
        Q("power had been restored in eight of the province's 23 towns", "indirect", "Mark Leo Bagares",
          "Mark Leo Bagares"),
        Q("his pump boat was smashed against the seawall", "indirect", "Ernesto Cabacang", "Ernesto Cabacang"),
        Q('"Wara na kami pangisda (We have nothing left to fish with),"', "direct", "he", "Ernesto Cabacang",
          speaker_at="he said"),
        Q("it would distribute 300 fiberglass boats to fishers who lost their boats", "indirect",
          "The Bureau of Fisheries and Aquatic Resources", "Bureau of Fisheries and Aquatic Resources"),
        Q("its social action center has served hot meals to some 2,000 evacuees since Saturday", "indirect",
          "the Diocese of Borongan", "Diocese of Borongan"),
    ], source="blind"),
    Case("blind81-balabac-fishers-rescue", """11 fishermen rescued after boat capsizes off Balabac

PUERTO PRINCESA CITY — Eleven fishermen were rescued on Thursday after their boat capsized in rough seas off Balabac town in southern Palawan, the Philippine Coast Guard (PCG) said.

In a report, Coast Guard District Palawan said the fishing boat F/B Tres Marias, which left Rio Tuba port in Bataraza town on Monday, was hit by big waves near Mangsee Island on Wednesday afternoon.

The crew clung to the overturned hull and to plastic containers for nearly 14 hours before a passing fishing boat spotted them, according to Ensign Rhea Villacorta, the district’s spokesperson.

“They were very weak and dehydrated when we reached them, but all 11 are alive, and that is what matters,” Villacorta said.

She said the boat’s captain, Renato Dalisay, 47, had tried to turn back when the weather worsened, but the engine failed.

“I thought it was the end for us. We just kept praying and holding on to each other,” Dalisay told the Inquirer by phone from the Southern Palawan Provincial Hospital in Brooke’s Point.

He said the men took turns keeping one another awake through the night.

The owner of the boat that found them, Eduardo Sali, said his crew “only did what any fisherman would do.”

Balabac Mayor Nurhaida Jaafar said the municipal government would give each of the rescued fishermen P5,000 in financial assistance.

“Many of our fishermen go out even when there is a gale warning because they have no choice. If they don’t fish, their families don’t eat,” she said.

The state weather bureau PAGASA had raised a gale warning over the seaboard of southern Palawan on Wednesday morning.

The PCG said small boats should stay in port whenever a gale warning is in effect. Life vests are being handed out to fishers in coastal villages under its “Ligtas Dagat” campaign.

According to the Provincial Disaster Risk Reduction and Management Office, at least six fishing boats have sunk in southern Palawan waters since January.""", [
        Q("Eleven fishermen were rescued on Thursday after their boat capsized in rough seas off Balabac town in "
          "southern Palawan", "indirect", "the Philippine Coast Guard", "Philippine Coast Guard"),
        Q("the fishing boat F/B Tres Marias, which left Rio Tuba port in Bataraza town on Monday, was hit by big "
          "waves near Mangsee Island on Wednesday afternoon", "indirect", "Coast Guard District Palawan",
          "Coast Guard District Palawan"),
        Q("The crew clung to the overturned hull and to plastic containers for nearly 14 hours before a passing "
          "fishing boat spotted them", "indirect", "Rhea Villacorta", "Rhea Villacorta"),
        Q("“They were very weak and dehydrated when we reached them, but all 11 are alive, and that is what "
          "matters,”", "direct", "Villacorta", "Rhea Villacorta", speaker_at="Villacorta said"),
        Q("the boat’s captain, Renato Dalisay, 47, had tried to turn back when the weather worsened, but the engine "
          "failed", "indirect", "She", "Rhea Villacorta", speaker_at="She said"),
        Q("“I thought it was the end for us. We just kept praying and holding on to each other,”", "direct",
          "Dalisay", "Renato Dalisay", speaker_at="Dalisay told"),
        Q("the men took turns keeping one another awake through the night", "indirect", "He", "Renato Dalisay",
          speaker_at="He said"),
        Q("“only did what any fisherman would do.”", "partial", "Eduardo Sali", "Eduardo Sali"),
        Q("the municipal government would give each of the rescued fishermen P5,000 in financial assistance",
          "indirect", "Nurhaida Jaafar", "Nurhaida Jaafar"),
        Q("“Many of our fishermen go out even when there is a gale warning because they have no choice. If they "
          "don’t fish, their families don’t eat,”", "direct", "she", "Nurhaida Jaafar", speaker_at="she said"),
        Q("small boats should stay in port whenever a gale warning is in effect", "indirect", "The PCG",
          "Philippine Coast Guard"),
        Q("at least six fishing boats have sunk in southern Palawan waters since January", "indirect",
          "the Provincial Disaster Risk Reduction and Management Office",
          "Provincial Disaster Risk Reduction and Management Office"),
    ], source="blind"),
    Case("blind81-davao-wage-hike", """Davao wage board approves P34 daily pay hike

DAVAO CITY (MindaNews / 12 June) — Minimum wage earners in Davao Region will receive an additional P34 a day starting July 1 after the Regional Tripartite Wages and Productivity Board (RTWPB)-11 approved a new wage order, the Department of Labor and Employment (DOLE) said Wednesday.

Under Wage Order No. RB XI-23, the daily minimum wage for workers in the non-agriculture sector will rise from P510 to P544, while agricultural workers will get P539.

DOLE-11 Regional Director Gloria Sanchez-Lim said the board considered the rising prices of rice and fuel as well as the capacity of small businesses to pay.

"We tried to strike a balance. We want workers to have more in their pockets, but we also don't want small enterprises to close and people to lose their jobs," Sanchez-Lim said in a press conference.

She said about 180,000 workers in the region would benefit from the increase.

But labor groups said the increase was far below what workers need.

Rodel Manlangit, secretary general of Kilusang Mayo Uno-Southern Mindanao Region, called the hike "barya" (loose change) and said a family of five in Davao City needed at least P1,100 a day to live decently.

"P34 will not even buy a kilo of rice. How can they say this is enough?" Manlangit said.

Lemuel Yap, president of the Davao City Chamber of Commerce and Industry Inc., said the business sector could "live with" the increase but warned that smaller firms were still recovering from high power and fuel costs.

"Our members, especially the micro and small ones, are operating on very thin margins," Yap said. "Some of them may apply for exemption."

Micro enterprises with fewer than 10 workers may apply for exemption from the wage order, according to the board.

At a mall in Bajada, sales clerk Jessa Mae Dumagan, 24, said the raise would help "a little" with her daily fare.

"Every peso counts, but prices keep going up faster than our pay," she said.

In Congress, the proposed "Wage Hike for Minimum Wage Workers Act," which seeks a P200 across-the-board increase, remains pending.""", [
        Q("Minimum wage earners in Davao Region will receive an additional P34 a day starting July 1 after the "
          "Regional Tripartite Wages and Productivity Board (RTWPB)-11 approved a new wage order", "indirect",
          "the Department of Labor and Employment", "Department of Labor and Employment"),
        Q("the board considered the rising prices of rice and fuel as well as the capacity of small businesses to "
          "pay", "indirect", "Gloria Sanchez-Lim", "Gloria Sanchez-Lim"),
        Q("\"We tried to strike a balance. We want workers to have more in their pockets, but we also don't want "
          "small enterprises to close and people to lose their jobs,\"", "direct", "Sanchez-Lim",
          "Gloria Sanchez-Lim", speaker_at="Sanchez-Lim said in"),
        Q("about 180,000 workers in the region would benefit from the increase", "indirect", "She",
          "Gloria Sanchez-Lim", speaker_at="She said"),
        Q("the increase was far below what workers need", "indirect", "labor groups", None),
        Q('"barya"', "partial", "Rodel Manlangit", "Rodel Manlangit"),
        Q("a family of five in Davao City needed at least P1,100 a day to live decently", "indirect",
          "Rodel Manlangit", "Rodel Manlangit"),
        Q('"P34 will not even buy a kilo of rice. How can they say this is enough?"', "direct", "Manlangit",
          "Rodel Manlangit", speaker_at="Manlangit said"),
        Q('"live with"', "partial", "Lemuel Yap", "Lemuel Yap"),
        Q("that smaller firms were still recovering from high power and fuel costs", "indirect", "Lemuel Yap",
          "Lemuel Yap"),
        Q('"Our members, especially the micro and small ones, are operating on very thin margins,"', "direct", "Yap",
          "Lemuel Yap", speaker_at="Yap said"),
        Q('"Some of them may apply for exemption."', "direct", "Yap", "Lemuel Yap", speaker_at="Yap said"),
        Q("Micro enterprises with fewer than 10 workers may apply for exemption from the wage order", "indirect",
          "the board", "Regional Tripartite Wages and Productivity Board", speaker_at="according to the board"),
        Q('"a little"', "partial", "Jessa Mae Dumagan", "Jessa Mae Dumagan"),
        Q('"Every peso counts, but prices keep going up faster than our pay,"', "direct", "she", "Jessa Mae Dumagan",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind81-blount-books", """Blount County school board votes to pull 14 books from high school libraries

The Blount County Board of Education voted 6-3 Thursday night to remove 14 books from high school libraries, after a months-long review prompted by parent complaints.

The titles include Toni Morrison’s “The Bluest Eye” and Margaret Atwood’s “The Handmaid’s Tale,” which a district review committee had recommended keeping.

Board member Travis Whitehead, who made the motion, says the books contain sexual content that isn’t appropriate for minors.

“This isn’t about banning ideas,” Whitehead said, “it’s about what we put on the shelf in a building full of 14-year-olds.”

He said parents could still buy the books for their own children.

Board chair Linda Carver, who voted against the removal, said the board was overruling its own process.

“We set up a committee of teachers, librarians and parents, and they read every one of these books cover to cover.

“Tonight we threw their work out,” Carver said.

More than 60 people signed up for public comment, which stretched past 10 p.m. The removals were made under the district’s so-called “sensitive materials” policy, adopted last year.

Maryville High School senior Ava Delgado told the board that pulling the books “sends a message that our questions aren’t welcome.”

Mark Henley, a father of three and a member of the group Moms for Liberty, says the vote was overdue.

“I shouldn’t have to read my daughter’s library books before she does,” he said.

The Tennessee Library Association said in a statement it was “deeply concerned” by the decision. The ACLU of Tennessee said it was reviewing the vote.

According to PEN America, Tennessee has been among the states with the most school book removals in recent years.

A district spokesperson says the books will be off the shelves by the end of the month.""", [
        Q("the books contain sexual content that isn’t appropriate for minors", "indirect", "Travis Whitehead",
          "Travis Whitehead"),
        Q("“This isn’t about banning ideas,”", "direct", "Whitehead", "Travis Whitehead", speaker_at="Whitehead said"),
        Q("“it’s about what we put on the shelf in a building full of 14-year-olds.”", "direct", "Whitehead",
          "Travis Whitehead", speaker_at="Whitehead said"),
        Q("parents could still buy the books for their own children", "indirect", "He", "Travis Whitehead",
          speaker_at="He said"),
        Q("the board was overruling its own process", "indirect", "Linda Carver", "Linda Carver"),
        Q("“We set up a committee of teachers, librarians and parents, and they read every one of these books cover "
          "to cover.", "direct", "Carver", "Linda Carver", speaker_at="Carver said"),
        Q("“Tonight we threw their work out,”", "direct", "Carver", "Linda Carver", speaker_at="Carver said"),
        Q("“sends a message that our questions aren’t welcome.”", "partial", "Ava Delgado", "Ava Delgado"),
        Q("the vote was overdue", "indirect", "Mark Henley", "Mark Henley"),
        Q("“I shouldn’t have to read my daughter’s library books before she does,”", "direct", "he", "Mark Henley",
          speaker_at="he said"),
        Q("“deeply concerned”", "partial", "The Tennessee Library Association", "Tennessee Library Association"),
        Q("it was reviewing the vote", "indirect", "The ACLU of Tennessee", "ACLU of Tennessee"),
        Q("Tennessee has been among the states with the most school book removals in recent years", "indirect",
          "PEN America", "PEN America"),
        Q("the books will be off the shelves by the end of the month", "indirect", "A district spokesperson", None),
    ], source="blind"),
    Case("blind81-great-falls-books", """Great Falls trustees reject bid to remove 'Gender Queer,' five other books

Great Falls Public Schools trustees voted 5-2 Monday to keep six challenged books in district libraries, rejecting a request from a parents' group that called the titles "pornographic."

The books include "Gender Queer" by Maia Kobabe, "Lawn Boy" by Jonathan Evison and "Out of Darkness" by Ashley Hope Pérez.

The group, Montana Parents for Decency, gathered more than 400 signatures on a petition last fall. Its founder, Sheila Brandvold, says she's disappointed but not surprised.

"These trustees have decided a 12-year-old can check out a book that I couldn't read aloud at this meeting without being gaveled down," Brandvold told trustees during public comment.

She says the group will now recruit candidates for the May trustee election.

Board chair Gordon Pierce says the district's reconsideration process worked the way it's supposed to.

"A committee read these books. They weighed the whole work, not just a few pages somebody photocopied," Pierce said. "That's what our policy asks us to do, and that's what we did."

Trustee Dana Rasmussen, one of the two votes for removal, said she worried about "explicit images" in "Gender Queer," a graphic novel.

"I'm not asking to burn anything," Rasmussen said. "I'm asking that we use some common sense."

Jenna Sorensen, a librarian at C.M. Russell High School, told MTPR the vote was a relief for staff.

"We've had librarians in this state leave the profession over this," she said. "Tonight felt like someone had our backs."

According to the American Library Association, attempts to censor library books reached a record high in 2023.

A 2023 state law removed an exemption that shielded school staff from obscenity prosecution, a change critics call a "chilling" threat to librarians.""", [
        Q('"pornographic."', "partial", "a parents' group", "Montana Parents for Decency"),
        Q("she's disappointed but not surprised", "indirect", "Sheila Brandvold", "Sheila Brandvold"),
        Q("\"These trustees have decided a 12-year-old can check out a book that I couldn't read aloud at this "
          "meeting without being gaveled down,\"", "direct", "Brandvold", "Sheila Brandvold",
          speaker_at="Brandvold told"),
        Q("the group will now recruit candidates for the May trustee election", "indirect", "She", "Sheila Brandvold",
          speaker_at="She says"),
        Q("the district's reconsideration process worked the way it's supposed to", "indirect", "Gordon Pierce",
          "Gordon Pierce"),
        Q('"A committee read these books. They weighed the whole work, not just a few pages somebody photocopied,"',
          "direct", "Pierce", "Gordon Pierce", speaker_at="Pierce said"),
        Q("\"That's what our policy asks us to do, and that's what we did.\"", "direct", "Pierce", "Gordon Pierce",
          speaker_at="Pierce said"),
        Q('"explicit images"', "partial", "Dana Rasmussen", "Dana Rasmussen"),
        Q("\"I'm not asking to burn anything,\"", "direct", "Rasmussen", "Dana Rasmussen",
          speaker_at="Rasmussen said"),
        Q("\"I'm asking that we use some common sense.\"", "direct", "Rasmussen", "Dana Rasmussen",
          speaker_at="Rasmussen said"),
        Q("the vote was a relief for staff", "indirect", "Jenna Sorensen", "Jenna Sorensen"),
        Q("\"We've had librarians in this state leave the profession over this,\"", "direct", "she", "Jenna Sorensen",
          speaker_at="she said"),
        Q('"Tonight felt like someone had our backs."', "direct", "she", "Jenna Sorensen", speaker_at="she said"),
        Q("attempts to censor library books reached a record high in 2023", "indirect",
          "the American Library Association", "American Library Association"),
        Q('"chilling"', "partial", "critics", None),
    ], source="blind"),
    Case("blind81-seneca-wind-appeal", """Developer asks Ohio Supreme Court to revive Seneca County wind farm

The developer of a proposed 50-turbine wind farm in Seneca and Sandusky counties has asked the Ohio Supreme Court to overturn state regulators’ decision to reject the project.

Prairie Ridge Renewables filed its appeal Tuesday, arguing that the Ohio Power Siting Board ignored its own staff’s recommendation when it denied a permit last fall.

The board ruled in October that the project did not serve the “public interest, convenience and necessity,” citing opposition from local townships.

In its filing, the company said local opposition “cannot be the sole basis” for denying a project that meets every technical standard.

“We followed every rule the state gave us. We did the studies, we changed the layout three times, and the board’s own staff said yes,” project manager Dave Kessler told WOSU.

Kessler said the project would pay about $1.8 million a year to local schools and governments.

Residents who fought the project said they would keep fighting in court. The dispute has become a test case for so-called “home rule” over energy projects.

“It’s not about being against green energy. It’s about 600-foot turbines a quarter-mile from people’s bedrooms,” said Pam Reinhart, who lives in Thompson Township and leads the group Seneca Neighbors United.

“We’ve been through three years of this,” Reinhart said, “and we’re not tired yet.”

She said her group had raised more than $40,000 for legal fees.

Mike Lowry, a Seneca County commissioner, said the county would file a brief supporting the siting board.

“Courts give a lot of deference to the siting board, so the company has an uphill climb,” said Rachel Ostrowski, a professor of energy law at the University of Toledo.

According to Ostrowski, the court has sided with the board in several similar cases in recent years.

A spokesperson for the Ohio Power Siting Board said the board does not comment on pending litigation.""", [
        Q("that the Ohio Power Siting Board ignored its own staff’s recommendation when it denied a permit last fall",
          "indirect", "Prairie Ridge Renewables", "Prairie Ridge Renewables"),
        Q("“public interest, convenience and necessity,”", "partial", "The board", "Ohio Power Siting Board",
          speaker_at="The board ruled"),
        Q("“cannot be the sole basis”", "partial", "the company", "Prairie Ridge Renewables",
          speaker_at="the company said"),
        Q("“We followed every rule the state gave us. We did the studies, we changed the layout three times, and the "
          "board’s own staff said yes,”", "direct", "Dave Kessler", "Dave Kessler"),
        Q("the project would pay about $1.8 million a year to local schools and governments", "indirect", "Kessler",
          "Dave Kessler", speaker_at="Kessler said"),
        Q("they would keep fighting in court", "indirect", "Residents who fought the project", None),
        Q("“It’s not about being against green energy. It’s about 600-foot turbines a quarter-mile from people’s "
          "bedrooms,”", "direct", "Pam Reinhart", "Pam Reinhart"),
        Q("“We’ve been through three years of this,”", "direct", "Reinhart", "Pam Reinhart",
          speaker_at="Reinhart said"),
        Q("“and we’re not tired yet.”", "direct", "Reinhart", "Pam Reinhart", speaker_at="Reinhart said"),
        Q("her group had raised more than $40,000 for legal fees", "indirect", "She", "Pam Reinhart",
          speaker_at="She said"),
        Q("the county would file a brief supporting the siting board", "indirect", "Mike Lowry", "Mike Lowry"),
        Q("“Courts give a lot of deference to the siting board, so the company has an uphill climb,”", "direct",
          "Rachel Ostrowski", "Rachel Ostrowski"),
        Q("the court has sided with the board in several similar cases in recent years", "indirect", "Ostrowski",
          "Rachel Ostrowski", speaker_at="According to Ostrowski"),
        Q("the board does not comment on pending litigation", "indirect", "A spokesperson", None),
    ], source="blind"),
    Case("blind81-anderson-coach", """IHSAA suspends Anderson boys basketball coach over transfer violations

The Indiana High School Athletic Association has suspended Anderson High School boys basketball coach Marcus Tillman for the rest of the season after finding that two transfer students were improperly recruited.

The IHSAA said in a ruling released Wednesday that Tillman had contact with the players' families before they enrolled, a violation of the association's "undue influence" rule.

The team must also forfeit six wins, dropping its record to 8-11.

IHSAA assistant commissioner Brenda Whitlock says the evidence was clear.

"We don't take any joy in this," Whitlock said, "but these rules exist to protect kids and to keep competition fair."

Tillman's attorney, Jerome Banks, says his client did nothing wrong and will appeal to the IHSAA's review committee.

"Coach Tillman has given 15 years to this community," Banks said. "He's being punished for answering the phone when a parent called him."

In a statement, Anderson Community Schools said it was "disappointed" by the ruling. The district said it would support Tillman through the appeal process.

Senior guard DeShawn Harris told WFYI the team was "heartbroken."

"He's more than a coach to us. He's the reason a lot of us are still in school," Harris said.

Assistant coach Kevin Ortiz will lead the team for the rest of the season, according to the district.

At a school board meeting Tuesday night, some parents said the punishment was out of proportion.

"If this is the standard, half the coaches in Indiana would be suspended," one father told the board.

Anderson, a city of about 55,000 northeast of Indianapolis, has a storied basketball history.""", [
        Q("that Tillman had contact with the players' families before they enrolled", "indirect", "The IHSAA",
          "Indiana High School Athletic Association"),
        Q("the evidence was clear", "indirect", "Brenda Whitlock", "Brenda Whitlock"),
        Q("\"We don't take any joy in this,\"", "direct", "Whitlock", "Brenda Whitlock", speaker_at="Whitlock said"),
        Q('"but these rules exist to protect kids and to keep competition fair."', "direct", "Whitlock",
          "Brenda Whitlock", speaker_at="Whitlock said"),
        Q("his client did nothing wrong and will appeal to the IHSAA's review committee", "indirect", "Jerome Banks",
          "Jerome Banks"),
        Q('"Coach Tillman has given 15 years to this community,"', "direct", "Banks", "Jerome Banks",
          speaker_at="Banks said"),
        Q("\"He's being punished for answering the phone when a parent called him.\"", "direct", "Banks",
          "Jerome Banks", speaker_at="Banks said"),
        Q('"disappointed"', "partial", "Anderson Community Schools", "Anderson Community Schools"),
        Q("it would support Tillman through the appeal process", "indirect", "The district",
          "Anderson Community Schools", speaker_at="The district said"),
        Q('"heartbroken."', "partial", "DeShawn Harris", "DeShawn Harris"),
        Q("\"He's more than a coach to us. He's the reason a lot of us are still in school,\"", "direct", "Harris",
          "DeShawn Harris", speaker_at="Harris said"),
        Q("Assistant coach Kevin Ortiz will lead the team for the rest of the season", "indirect", "the district",
          "Anderson Community Schools", speaker_at="according to the district"),
        Q("the punishment was out of proportion", "indirect", "some parents", None),
        Q('"If this is the standard, half the coaches in Indiana would be suspended,"', "direct", "one father", None),
    ], source="blind"),
]
