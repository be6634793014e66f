"""Blind gold set 86: short news articles from many outlets, written once.

Written without looking at the pretagger or at the other gold sets: only the case format
(gold_format.py) and the worked examples in heldout_cases.py were read. Vietnamese and Lao
English-language press, Irish regional weeklies, Mozambican and Malawian English-language
outlets and Canadian northern news services, each in its own house style and quotation marks.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind86-vn-rice-cap", """Government caps retail rice prices as export boom squeezes shoppers

HÀ NỘI — The Ministry of Industry and Trade will set a temporary ceiling on the retail price of ordinary white rice from next month, Deputy Minister Đỗ Thanh Hải said on Tuesday.

Speaking at a press briefing in Hà Nội, Hải said the cap of VNĐ18,000 (US$0.71) per kilogramme would apply to supermarkets, wholesale markets and traditional shops in all 63 provinces and cities.

"Rice is not an ordinary commodity. It is the meal on every family's table, and the State cannot stand aside when prices rise this fast," he said.

Retail rice prices have climbed by around 25 per cent since January, according to the General Statistics Office, as traders rushed to fill export contracts with the Philippines and Indonesia.

Hải said the ministry would not restrict exports for now, but warned that traders found hoarding rice would face fines of up to VNĐ100 million and could lose their export licences.

The Việt Nam Food Association (VFA) welcomed the move but urged the Government to apply the cap "flexibly" so that farmers were not hurt.

"If the ceiling is too low, the pressure will simply move back to the paddy field," VFA chairman Lê Văn Phước told Việt Nam News. "Farmers in An Giang and Đồng Tháp are already paying more for fertiliser than last year."

Dr Trần Thị Minh Ngọc, an agricultural economist at the Việt Nam Academy of Social Sciences, said price caps had a mixed record in the past.

"In 2008 the caps helped for a few weeks, then rice simply disappeared from the shelves," she said.

Ngọc said that targeted cash support for poor households would work better, calling a nationwide ceiling "a blunt tool."

Shoppers at Long Biên Market in Hà Nội said they had noticed the rise for months. "Six months ago I paid VNĐ14,000 a kilo. Now it is nearly VNĐ20,000," said Nguyễn Thị Lan, a 52-year-old street food seller.

The Việt Nam News Agency reported that inspection teams had been sent to wholesale markets in HCM City and Cần Thơ on Tuesday afternoon.

The price ceiling, part of the ministry's "Stable Rice Basket" programme, will be reviewed after three months. — VNS""", [
        Q("The Ministry of Industry and Trade will set a temporary ceiling on the retail price of ordinary white rice "
          "from next month", "indirect", "Đỗ Thanh Hải", "Đỗ Thanh Hải"),
        Q("the cap of VNĐ18,000 (US$0.71) per kilogramme would apply to supermarkets, wholesale markets and "
          "traditional shops in all 63 provinces and cities", "indirect", "Hải", "Đỗ Thanh Hải",
          speaker_at="Hải said the cap"),
        Q('"Rice is not an ordinary commodity. It is the meal on every family\'s table, and the State cannot stand '
          'aside when prices rise this fast,"', "direct", "he", "Đỗ Thanh Hải", speaker_at="he said."),
        Q("Retail rice prices have climbed by around 25 per cent since January", "indirect",
          "the General Statistics Office", "General Statistics Office"),
        Q("the ministry would not restrict exports for now", "indirect", "Hải", "Đỗ Thanh Hải",
          speaker_at="Hải said the ministry"),
        Q("that traders found hoarding rice would face fines of up to VNĐ100 million and could lose their export "
          "licences", "indirect", "Hải", "Đỗ Thanh Hải", speaker_at="Hải said the ministry"),
        Q('"flexibly"', "partial", "The Việt Nam Food Association", "Việt Nam Food Association"),
        Q('"If the ceiling is too low, the pressure will simply move back to the paddy field,"', "direct",
          "Lê Văn Phước", "Lê Văn Phước"),
        Q('"Farmers in An Giang and Đồng Tháp are already paying more for fertiliser than last year."', "direct",
          "Lê Văn Phước", "Lê Văn Phước"),
        Q("price caps had a mixed record in the past", "indirect", "Trần Thị Minh Ngọc", "Trần Thị Minh Ngọc"),
        Q('"In 2008 the caps helped for a few weeks, then rice simply disappeared from the shelves,"', "direct",
          "she", "Trần Thị Minh Ngọc", speaker_at="she said"),
        Q("that targeted cash support for poor households would work better", "indirect", "Ngọc",
          "Trần Thị Minh Ngọc", speaker_at="Ngọc said that"),
        Q('"a blunt tool."', "partial", "Ngọc", "Trần Thị Minh Ngọc", speaker_at="Ngọc said that"),
        Q("they had noticed the rise for months", "indirect", "Shoppers at Long Biên Market in Hà Nội", None),
        Q('"Six months ago I paid VNĐ14,000 a kilo. Now it is nearly VNĐ20,000,"', "direct", "Nguyễn Thị Lan",
          "Nguyễn Thị Lan"),
        Q("that inspection teams had been sent to wholesale markets in HCM City and Cần Thơ on Tuesday afternoon",
          "indirect", "The Việt Nam News Agency", "Việt Nam News Agency"),
    ], source="blind"),
    Case("blind86-lao-dam-resettlement", """Families relocated from Nam Phak 2 reservoir area receive land titles

More than 600 families who were moved to make way for the Nam Phak 2 hydropower project in Xieng Khuang province have now received land titles for their new homes and farms, according to provincial authorities.

Deputy Governor of Xieng Khuang province, Mr Khamphanh Vongsavanh, told Vientiane Times on Monday that the last 84 families from Ban Phonsavang village had moved to the Ban Na Kham resettlement site in late May.

"The people have sacrificed their old villages for the development of the nation, so we must make sure their lives are better than before," Mr Khamphanh said.

He said each family had received a house, 1.5 hectares of farmland and compensation for fruit trees and livestock, paid for by the project developer, Nam Phak 2 Power Company Limited.

The company's resettlement manager, Ms Phonesavanh Inthavong, said the firm had also built a primary school, a health centre and a gravity-fed water supply system at the new site.

"We have a livelihood team that will stay with the villagers for five years," she said. "They will teach them to raise fish in the reservoir and to grow cash crops such as coffee and cardamom."

However, some villagers said the new farmland was stony and a long way from their houses.

"The rice field they gave us is on the hillside, and the soil is not good like at our old village near the river," said Mr Somphone, 47, who moved with his wife and three children in April.

He said his family had harvested less than half the rice they used to grow.

Mr Khamphanh acknowledged that "some plots need improvement" and said the district agriculture office would send technical staff to test the soil and supply fertiliser.

The Ministry of Energy and Mines said in a report last year that developers must restore the incomes of affected people within five years of relocation.

The 150-megawatt Nam Phak 2 plant is expected to begin commercial operation next year, with most of its electricity to be sold to Électricité du Laos, Lao National Television reported.

The project forms part of the government's plan to make Laos the "Battery of Southeast Asia" by exporting electricity to neighbouring countries.""", [
        Q("More than 600 families who were moved to make way for the Nam Phak 2 hydropower project in Xieng Khuang "
          "province have now received land titles for their new homes and farms", "indirect",
          "provincial authorities", None),
        Q("that the last 84 families from Ban Phonsavang village had moved to the Ban Na Kham resettlement site in "
          "late May", "indirect", "Khamphanh Vongsavanh", "Khamphanh Vongsavanh"),
        Q('"The people have sacrificed their old villages for the development of the nation, so we must make sure '
          'their lives are better than before,"', "direct", "Khamphanh", "Khamphanh Vongsavanh",
          speaker_at="Mr Khamphanh said"),
        Q("each family had received a house, 1.5 hectares of farmland and compensation for fruit trees and "
          "livestock, paid for by the project developer, Nam Phak 2 Power Company Limited", "indirect", "He",
          "Khamphanh Vongsavanh", speaker_at="He said each"),
        Q("the firm had also built a primary school, a health centre and a gravity-fed water supply system at the "
          "new site", "indirect", "Phonesavanh Inthavong", "Phonesavanh Inthavong"),
        Q('"We have a livelihood team that will stay with the villagers for five years,"', "direct", "she",
          "Phonesavanh Inthavong", speaker_at="she said"),
        Q('"They will teach them to raise fish in the reservoir and to grow cash crops such as coffee and '
          'cardamom."', "direct", "she", "Phonesavanh Inthavong", speaker_at="she said"),
        Q("the new farmland was stony and a long way from their houses", "indirect", "some villagers", None),
        Q('"The rice field they gave us is on the hillside, and the soil is not good like at our old village near '
          'the river,"', "direct", "Somphone", "Somphone"),
        Q("his family had harvested less than half the rice they used to grow", "indirect", "He", "Somphone",
          speaker_at="He said his"),
        Q('"some plots need improvement"', "partial", "Khamphanh", "Khamphanh Vongsavanh",
          speaker_at="Mr Khamphanh acknowledged"),
        Q("the district agriculture office would send technical staff to test the soil and supply fertiliser",
          "indirect", "Khamphanh", "Khamphanh Vongsavanh", speaker_at="Mr Khamphanh acknowledged"),
        Q("that developers must restore the incomes of affected people within five years of relocation", "indirect",
          "The Ministry of Energy and Mines", "Ministry of Energy and Mines"),
        Q("The 150-megawatt Nam Phak 2 plant is expected to begin commercial operation next year, with most of its "
          "electricity to be sold to Électricité du Laos", "indirect", "Lao National Television",
          "Lao National Television"),
    ], source="blind"),
    Case("blind86-kilkenny-housing-plan", """Councillors split over 140-home plan for Loughboy

A plan to build 140 social and affordable homes on council-owned land at Loughboy has divided members of Kilkenny City Municipal District, with several councillors claiming that residents were never properly consulted.

Gráinne Costigan, Director of Services with Kilkenny County Council, told Monday’s meeting at City Hall that the council had to use its own land bank if it was to meet its target of 1,200 new homes by 2030.

“There are more than 1,900 households on our waiting list. Every one of those is a family or a person waiting for a home, and we cannot keep them waiting,” Ms Costigan said.

She said the scheme would include 40 one-bedroom units for older people, a playground and a new footpath linking the site to the Waterford Road.

But local councillor Eamon Brennan (FF) said he had received dozens of calls from people living in nearby estates who first learned about the plan on social media.

“I am not against social housing. Nobody in this chamber is,” he said. “But you cannot drop 140 houses on a single access road and tell people to get on with it.”

Sinn Féin’s Siobhán Phelan disagreed, describing the objections as “the same old story”.

“Every time we bring forward a housing scheme, someone finds a reason why it should go somewhere else,” Cllr Phelan said, “and the people on the list are the ones who pay for it.”

Senior engineer Pat Fitzgerald said a traffic assessment had found that the Loughboy Road could take the extra traffic, provided a new junction was built at the Ring Road roundabout.

Noeleen Dunne, spokesperson for the Loughboy Heights Residents’ Association, told the Kilkenny People that residents would be seeking a meeting with council officials before any planning application is lodged.

“We were told about this in a leaflet through the door,” she said. “That’s not consultation.”

The scheme is one of eleven projects listed in the council’s “Housing Delivery Action Plan”, which was adopted last year.

A public consultation on the Loughboy plan will open next month, the council said.""", [
        Q("that residents were never properly consulted", "indirect", "several councillors", None),
        Q("that the council had to use its own land bank if it was to meet its target of 1,200 new homes by 2030",
          "indirect", "Gráinne Costigan", "Gráinne Costigan"),
        Q("“There are more than 1,900 households on our waiting list. Every one of those is a family or a person "
          "waiting for a home, and we cannot keep them waiting,”", "direct", "Costigan", "Gráinne Costigan",
          speaker_at="Ms Costigan said"),
        Q("the scheme would include 40 one-bedroom units for older people, a playground and a new footpath linking "
          "the site to the Waterford Road", "indirect", "She", "Gráinne Costigan", speaker_at="She said the scheme"),
        Q("he had received dozens of calls from people living in nearby estates who first learned about the plan "
          "on social media", "indirect", "Eamon Brennan", "Eamon Brennan"),
        Q("“I am not against social housing. Nobody in this chamber is,”", "direct", "he", "Eamon Brennan",
          speaker_at="he said"),
        Q("“But you cannot drop 140 houses on a single access road and tell people to get on with it.”", "direct",
          "he", "Eamon Brennan", speaker_at="he said"),
        Q("“the same old story”", "partial", "Siobhán Phelan", "Siobhán Phelan"),
        Q("“Every time we bring forward a housing scheme, someone finds a reason why it should go somewhere else,”",
          "direct", "Phelan", "Siobhán Phelan", speaker_at="Cllr Phelan said"),
        Q("“and the people on the list are the ones who pay for it.”", "direct", "Phelan", "Siobhán Phelan",
          speaker_at="Cllr Phelan said"),
        Q("a traffic assessment had found that the Loughboy Road could take the extra traffic, provided a new "
          "junction was built at the Ring Road roundabout", "indirect", "Pat Fitzgerald", "Pat Fitzgerald"),
        Q("that residents would be seeking a meeting with council officials before any planning application is "
          "lodged", "indirect", "Noeleen Dunne", "Noeleen Dunne"),
        Q("“We were told about this in a leaflet through the door,”", "direct", "she", "Noeleen Dunne",
          speaker_at="she said"),
        Q("“That’s not consultation.”", "direct", "she", "Noeleen Dunne", speaker_at="she said"),
        Q("A public consultation on the Loughboy plan will open next month", "indirect", "the council",
          "Kilkenny County Council", speaker_at="the council said"),
    ], source="blind"),
    Case("blind86-moz-cholera-vaccination", """Mozambique: Cholera vaccination drive targets 900,000 in Nampula

Health authorities in Nampula province on Monday launched a ten-day oral cholera vaccination campaign targeting more than 900,000 people in six districts, including Nampula city, Meconta and Mogovolas.

The provincial director of health, Anselmo Cossa, said the province had registered 2,341 cholera cases and 19 deaths since October, most of them in the city's crowded peri-urban neighbourhoods of Namutequeliua and Muhala.

"We are in a race against time. The rainy season is at its peak, and every person we vaccinate is one less person who can carry the disease home to their family," Cossa said at the launch ceremony in Muhala-Expansão.

He explained that the vaccine, donated through the global stockpile managed by the International Coordinating Group on Vaccine Provision, is given as a single dose to anyone aged one year or older.

According to the Ministry of Health (MISAU), Mozambique has recorded more than 8,000 cases nationwide in the current outbreak, with Nampula, Zambézia and Cabo Delgado the worst affected provinces.

Mariana Tembe, a World Health Organisation epidemiologist based in Nampula, said vaccination alone would not end the outbreak.

"The vaccine buys us time, but the real solution is clean water and latrines. Without them, cholera will come back next year and the year after," she said.

Tembe added that community health workers were going from house to house to distribute chlorine and to explain how to treat drinking water.

Health teams have also had to counter rumours. In several districts last year, volunteers handing out chlorine were chased away after residents accused them of "bringing the disease".

The Secretary of State in Nampula province, Inocêncio Muianga, urged community leaders to "walk in front" of the vaccination teams.

"When the chief takes the vaccine first, the people follow," Muianga said, adding that community radio stations would broadcast messages in Emakhuwa throughout the campaign.

At the Muhala health centre, dozens of people queued from early morning. Amina Saide, a 34-year-old market vendor, said she had lost a neighbour to cholera in December.

"I brought all my children. I don't want to go through what that family went through," she told Club of Mozambique.

Public broadcaster Televisão de Moçambique (TVM) reported that similar campaigns were planned for Quelimane and Pemba in February.

The campaign is running under the slogan "Vacina Já" (Vaccinate Now).""", [
        Q("the province had registered 2,341 cholera cases and 19 deaths since October, most of them in the city's "
          "crowded peri-urban neighbourhoods of Namutequeliua and Muhala", "indirect", "Anselmo Cossa",
          "Anselmo Cossa"),
        Q('"We are in a race against time. The rainy season is at its peak, and every person we vaccinate is one '
          'less person who can carry the disease home to their family,"', "direct", "Cossa", "Anselmo Cossa",
          speaker_at="Cossa said at"),
        Q("that the vaccine, donated through the global stockpile managed by the International Coordinating Group on "
          "Vaccine Provision, is given as a single dose to anyone aged one year or older", "indirect", "He",
          "Anselmo Cossa", speaker_at="He explained"),
        Q("Mozambique has recorded more than 8,000 cases nationwide in the current outbreak, with Nampula, Zambézia "
          "and Cabo Delgado the worst affected provinces", "indirect", "the Ministry of Health", "Ministry of Health"),
        Q("vaccination alone would not end the outbreak", "indirect", "Mariana Tembe", "Mariana Tembe"),
        Q('"The vaccine buys us time, but the real solution is clean water and latrines. Without them, cholera will '
          'come back next year and the year after,"', "direct", "she", "Mariana Tembe", speaker_at="she said"),
        Q("that community health workers were going from house to house to distribute chlorine and to explain how "
          "to treat drinking water", "indirect", "Tembe", "Mariana Tembe", speaker_at="Tembe added"),
        Q('"bringing the disease"', "partial", "residents", None),
        Q('"walk in front"', "partial", "Inocêncio Muianga", "Inocêncio Muianga"),
        Q('"When the chief takes the vaccine first, the people follow,"', "direct", "Muianga", "Inocêncio Muianga",
          speaker_at="Muianga said"),
        Q("that community radio stations would broadcast messages in Emakhuwa throughout the campaign", "indirect",
          "Muianga", "Inocêncio Muianga", speaker_at="Muianga said"),
        Q("she had lost a neighbour to cholera in December", "indirect", "Amina Saide", "Amina Saide"),
        Q('"I brought all my children. I don\'t want to go through what that family went through,"', "direct",
          "she", "Amina Saide", speaker_at="she told"),
        Q("that similar campaigns were planned for Quelimane and Pemba in February", "indirect",
          "Televisão de Moçambique", "Televisão de Moçambique"),
    ], source="blind"),
    Case("blind86-malawi-tobacco-auction", """Tobacco sales open at Lilongwe Auction Floors amid price worries

Malawi's 2024 tobacco marketing season opened on Wednesday at the Lilongwe Auction Floors in Kanengo, with hundreds of growers from Kasungu, Mchinji, Dowa and Mzimba queuing with their bales since the early hours.

The first bales of burley fetched an average of US$2.10 per kilogramme on the opening day, according to AHL Group.

Officially opening the market, Minister of Agriculture Dr Thokozani Mvula said government expected the country to earn at least US$400 million from the crop this year.

“Tobacco remains our green gold. It is the leaf that pays school fees in Kasungu, Mchinji and Mzimba, and we will not allow anyone to cheat our farmers,” Mvula said.

The minister warned that buyers who offered prices below the minimum set by the Tobacco Commission (TC) would lose their licences.

TC chief executive officer Mphatso Kalua said the commission had set minimum prices of US$1.85 per kilogramme for burley and US$2.40 for flue-cured tobacco. He described the talks with buyers as “long and difficult.”

Kalua added that about 160 million kilogrammes of tobacco were expected to pass through the floors in Lilongwe, Mzuzu, Chinkhoma and Limbe this season.

But farmers were not impressed. Tobacco Association of Malawi (TAMA) president Wezi Chisale said the minimum prices did not reflect the rising cost of fertiliser and labour.

“A bag of fertiliser now costs over K90,000. At these prices, a farmer in Kasungu is working for nothing,” said Chisale.

One grower from Mchinji, Lameck Banda, who brought 12 bales to the floors, told Nyasa Times he had been offered less than what he spent growing the crop.

“They graded my leaf as low quality, yet it is the same leaf I sold for more last year. Something is not right,” Banda said, clutching his sales slip.

AHL Group managing director Henry Nkhoma said buyers were being cautious because of weak demand on the global market and high stocks of leaf in importing countries.

“The first week is always slow. Prices usually improve once the better grades come in,” he said.

Malawi Broadcasting Corporation (MBC) reported that a number of rejected bales had been returned to farmers by Wednesday afternoon.

Tobacco, often called the country's “green gold”, accounts for more than half of Malawi's export earnings.""", [
        Q("The first bales of burley fetched an average of US$2.10 per kilogramme on the opening day", "indirect",
          "AHL Group", "AHL Group", speaker_at="according to AHL Group"),
        Q("government expected the country to earn at least US$400 million from the crop this year", "indirect",
          "Thokozani Mvula", "Thokozani Mvula"),
        Q("“Tobacco remains our green gold. It is the leaf that pays school fees in Kasungu, Mchinji and Mzimba, and "
          "we will not allow anyone to cheat our farmers,”", "direct", "Mvula", "Thokozani Mvula",
          speaker_at="farmers,” Mvula said"),
        Q("that buyers who offered prices below the minimum set by the Tobacco Commission (TC) would lose their "
          "licences", "indirect", "The minister", "Thokozani Mvula"),
        Q("the commission had set minimum prices of US$1.85 per kilogramme for burley and US$2.40 for flue-cured "
          "tobacco", "indirect", "Mphatso Kalua", "Mphatso Kalua"),
        Q("“long and difficult.”", "partial", "He", "Mphatso Kalua", speaker_at="He described"),
        Q("that about 160 million kilogrammes of tobacco were expected to pass through the floors in Lilongwe, "
          "Mzuzu, Chinkhoma and Limbe this season", "indirect", "Kalua", "Mphatso Kalua", speaker_at="Kalua added"),
        Q("the minimum prices did not reflect the rising cost of fertiliser and labour", "indirect", "Wezi Chisale",
          "Wezi Chisale"),
        Q("“A bag of fertiliser now costs over K90,000. At these prices, a farmer in Kasungu is working for "
          "nothing,”", "direct", "Chisale", "Wezi Chisale", speaker_at="said Chisale"),
        Q("he had been offered less than what he spent growing the crop", "indirect", "Lameck Banda", "Lameck Banda"),
        Q("“They graded my leaf as low quality, yet it is the same leaf I sold for more last year. Something is not "
          "right,”", "direct", "Banda", "Lameck Banda", speaker_at="Banda said"),
        Q("buyers were being cautious because of weak demand on the global market and high stocks of leaf in "
          "importing countries", "indirect", "Henry Nkhoma", "Henry Nkhoma"),
        Q("“The first week is always slow. Prices usually improve once the better grades come in,”", "direct", "he",
          "Henry Nkhoma", speaker_at="he said"),
        Q("that a number of rejected bales had been returned to farmers by Wednesday afternoon", "indirect",
          "Malawi Broadcasting Corporation", "Malawi Broadcasting Corporation"),
    ], source="blind"),
    Case("blind86-nunatsiaq-sealift-ice", """Heavy ice delays sealift to Pond Inlet, Arctic Bay

Sealift ships carrying a year's worth of building supplies, vehicles and dry goods to Pond Inlet and Arctic Bay are running more than two weeks behind schedule because of heavy sea ice in Baffin Bay, according to the shipping company.

Nunavut Eastern Arctic Shipping, or NEAS, had planned to reach Pond Inlet in the first week of August.

"The ice charts this year are the worst we've seen in almost a decade," said Martin Lavoie, NEAS's operations manager, in an email to Nunatsiaq News.

Lavoie said the ship was waiting off Clyde River for a Canadian Coast Guard icebreaker to clear a path. "Safety comes first. We will not put a crew or a cargo at risk to save a few days," he said.

The Canadian Coast Guard said in a statement that the icebreaker CCGS Terry Fox was expected to reach the area by Aug. 18.

In Pond Inlet, the delay is already being felt. Mayor Elisapee Kunnuk said the hamlet's only water truck broke down in June and the replacement part is sitting in a container on the ship.

"We have been borrowing a truck from the airport. If the ship doesn't come soon, we'll have to start rationing deliveries to homes," Kunnuk said.

She said about 40 families were also waiting for snowmobiles, boats and appliances they ordered last winter.

"People save up all year for their sealift order. Some of them paid thousands of dollars in advance," she said. "Hunting season doesn't wait for the ice to clear.

"Without a new motor, a family can't get out on the land to get caribou or seals, and then they're paying $20 for a kilo of ground beef at the store."

Nunavut's Department of Community and Government Services said that construction of a new staff housing five-plex in Arctic Bay would likely be pushed to next summer, because the materials may arrive too late to close in the building before winter.

Daniel Qamaniq, the senior administrative officer for the Hamlet of Arctic Bay, told Nunatsiaq News the community's co-op still had enough flour and canned goods to last into September.

The North West Company, which runs the Northern stores in both communities, said it would fly in extra fresh produce and milk until the ship arrives.

The hamlet has been posting updates on its Facebook page under the heading "Sealift Watch 2024" since the start of the month.""", [
        Q("Sealift ships carrying a year's worth of building supplies, vehicles and dry goods to Pond Inlet and "
          "Arctic Bay are running more than two weeks behind schedule because of heavy sea ice in Baffin Bay",
          "indirect", "the shipping company", "Nunavut Eastern Arctic Shipping"),
        Q('"The ice charts this year are the worst we\'ve seen in almost a decade,"', "direct", "Martin Lavoie",
          "Martin Lavoie"),
        Q("the ship was waiting off Clyde River for a Canadian Coast Guard icebreaker to clear a path", "indirect",
          "Lavoie", "Martin Lavoie", speaker_at="Lavoie said"),
        Q('"Safety comes first. We will not put a crew or a cargo at risk to save a few days,"', "direct", "he",
          "Martin Lavoie", speaker_at="he said."),
        Q("that the icebreaker CCGS Terry Fox was expected to reach the area by Aug. 18", "indirect",
          "The Canadian Coast Guard", "Canadian Coast Guard"),
        Q("the hamlet's only water truck broke down in June and the replacement part is sitting in a container on "
          "the ship", "indirect", "Elisapee Kunnuk", "Elisapee Kunnuk"),
        Q('"We have been borrowing a truck from the airport. If the ship doesn\'t come soon, we\'ll have to start '
          'rationing deliveries to homes,"', "direct", "Kunnuk", "Elisapee Kunnuk",
          speaker_at='homes," Kunnuk said'),
        Q("about 40 families were also waiting for snowmobiles, boats and appliances they ordered last winter",
          "indirect", "She", "Elisapee Kunnuk", speaker_at="She said about"),
        Q('"People save up all year for their sealift order. Some of them paid thousands of dollars in advance,"',
          "direct", "she", "Elisapee Kunnuk", speaker_at="she said"),
        Q('"Hunting season doesn\'t wait for the ice to clear.', "direct", "she", "Elisapee Kunnuk",
          speaker_at="she said"),
        Q('"Without a new motor, a family can\'t get out on the land to get caribou or seals, and then they\'re '
          'paying $20 for a kilo of ground beef at the store."', "direct", "she", "Elisapee Kunnuk",
          speaker_at="she said"),
        Q("that construction of a new staff housing five-plex in Arctic Bay would likely be pushed to next summer, "
          "because the materials may arrive too late to close in the building before winter", "indirect",
          "Nunavut's Department of Community and Government Services",
          "Department of Community and Government Services"),
        Q("the community's co-op still had enough flour and canned goods to last into September", "indirect",
          "Daniel Qamaniq", "Daniel Qamaniq"),
        Q("it would fly in extra fresh produce and milk until the ship arrives", "indirect",
          "The North West Company", "North West Company"),
    ], source="blind"),
    Case("blind86-connacht-grant-row", """Corrandulla club hits out after losing €180,000 sports grant

Corrandulla GAA Club has accused the Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media of ‘moving the goalposts’ after a €180,000 grant for a new all-weather pitch was withdrawn.

The club was awarded the money under the Sports Capital and Equipment Programme in 2021, but the allocation lapsed last month because works had not started within the required timeframe.

Club chairman Martin Fahy said the delay was caused by a planning appeal lodged by a neighbour, which took An Bord Pleanála 14 months to decide.

‘We did everything we were asked to do. We raised our own funding, we got planning, and then we were stuck waiting on a board in Dublin,’ he said. ‘Now we’re being punished for it.’

Fahy said the club had already spent €40,000 on drainage and design fees. The club’s ‘Buy a Sod’ fundraiser, launched in 2022, brought in another €25,000.

The existing grass pitch, known locally as ‘the Lake’, has been unplayable for much of the winter for the past three seasons.

Galway East TD Ciarán Nestor (FF) said he had written to the Minister of State for Sport to ask that the grant be restored.

‘This is a club that has done nothing wrong. The rules have to allow for planning delays that are completely outside a volunteer committee’s control,’ Deputy Nestor said.

The Department said in a statement that it could not comment on individual applications. It said grantees were ‘clearly informed’ of the deadlines when allocations were made.

The Department added that a new round of the programme would open for applications in the autumn, and that the club was ‘welcome to reapply’.

Frustration in the parish grew when it emerged that neighbouring Annaghdown AFC had been granted €120,000 in the latest round.

Club PRO Áine Kelly told the Connacht Tribune that members felt ‘let down by everyone’.

‘We’ve 400 children training on a pitch that’s under water from October to March. That’s the reality,’ she said.

Kelly said the club would hold a public meeting in the community centre on Thursday week, and that all local public representatives had been invited.""", [
        Q("‘moving the goalposts’", "partial", "Corrandulla GAA Club", "Corrandulla GAA Club"),
        Q("the delay was caused by a planning appeal lodged by a neighbour, which took An Bord Pleanála 14 months "
          "to decide", "indirect", "Martin Fahy", "Martin Fahy"),
        Q("‘We did everything we were asked to do. We raised our own funding, we got planning, and then we were "
          "stuck waiting on a board in Dublin,’", "direct", "he", "Martin Fahy", speaker_at="he said"),
        Q("‘Now we’re being punished for it.’", "direct", "he", "Martin Fahy", speaker_at="he said"),
        Q("the club had already spent €40,000 on drainage and design fees", "indirect", "Fahy", "Martin Fahy",
          speaker_at="Fahy said the club"),
        Q("he had written to the Minister of State for Sport to ask that the grant be restored", "indirect",
          "Ciarán Nestor", "Ciarán Nestor"),
        Q("‘This is a club that has done nothing wrong. The rules have to allow for planning delays that are "
          "completely outside a volunteer committee’s control,’", "direct", "Nestor", "Ciarán Nestor",
          speaker_at="Deputy Nestor said"),
        Q("that it could not comment on individual applications", "indirect", "The Department",
          "Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media", speaker_at="The Department said"),
        Q("‘clearly informed’", "partial", "It", "Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media",
          speaker_at="It said grantees"),
        Q("that a new round of the programme would open for applications in the autumn", "indirect",
          "The Department", "Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media",
          speaker_at="The Department added"),
        Q("‘welcome to reapply’", "partial", "The Department",
          "Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media", speaker_at="The Department added"),
        Q("‘let down by everyone’", "partial", "Áine Kelly", "Áine Kelly"),
        Q("‘We’ve 400 children training on a pitch that’s under water from October to March. That’s the reality,’",
          "direct", "she", "Áine Kelly", speaker_at="she said"),
        Q("the club would hold a public meeting in the community centre on Thursday week", "indirect", "Kelly",
          "Áine Kelly", speaker_at="Kelly said"),
        Q("that all local public representatives had been invited", "indirect", "Kelly", "Áine Kelly",
          speaker_at="Kelly said"),
    ], source="blind"),
    Case("blind86-cabin-teacher-housing", """Sahtu schools can't fill teaching jobs because there's nowhere to live

Schools in the Sahtu are heading into the new year with at least nine teaching positions unfilled, and the region's education council says a lack of housing is the main reason.

Superintendent Renée Gauthier said the Sahtu Divisional Education Council made job offers to 14 teachers over the summer, but five turned the positions down once they learned there was no unit available for them.

"We had a wonderful candidate for Fort Good Hope. She accepted, and then we had to phone her back and say, 'We don't actually have anywhere for you to live,'" Gauthier told Cabin Radio.

"That's a conversation nobody should have to have."

In Fort Good Hope, three teachers are currently sharing a two-bedroom unit, and the school's gym teacher has been living in a room at the community's hotel since August, according to Kevin Mercredi, principal of Chief T'Selehye School.

"People come up here because they want to teach in the North. They don't come up here to live out of a suitcase," he said.

Housing NWT said in a statement that it was building 12 new staff units across the Sahtu, but that none would be ready before next fall.

The NWT Teachers' Association has long called housing "the single biggest barrier" to recruiting and keeping teachers in small communities.

Association president Tanya Lennie said some teachers were paying more than $2,000 a month for a room in a shared house.

"That's Yellowknife rent for a place where you can't get a coffee after six," she said, "and that's if you can find one at all."

The territory's Department of Education, Culture and Employment said it was working with education bodies on "creative short-term solutions." It said those could include renting units from the K'asho Got'ine Housing Society.

Parents in Fort Good Hope told Cabin Radio their children went weeks without a regular math teacher last year.

One mother, who asked that her name not be used, said: "My son had four different teachers in Grade 9. How is he supposed to learn like that?"

The council's recruitment campaign, "Teach in the Sahtu," is due to relaunch in February.""", [
        Q("a lack of housing is the main reason", "indirect", "the region's education council",
          "Sahtu Divisional Education Council"),
        Q("the Sahtu Divisional Education Council made job offers to 14 teachers over the summer, but five turned "
          "the positions down once they learned there was no unit available for them", "indirect", "Renée Gauthier",
          "Renée Gauthier"),
        Q('"We had a wonderful candidate for Fort Good Hope. She accepted, and then we had to phone her back and '
          'say, \'We don\'t actually have anywhere for you to live,\'"', "direct", "Gauthier", "Renée Gauthier",
          speaker_at="Gauthier told"),
        Q('"That\'s a conversation nobody should have to have."', "direct", "Gauthier", "Renée Gauthier",
          speaker_at="Gauthier told"),
        Q("In Fort Good Hope, three teachers are currently sharing a two-bedroom unit, and the school's gym teacher "
          "has been living in a room at the community's hotel since August", "indirect", "Kevin Mercredi",
          "Kevin Mercredi"),
        Q('"People come up here because they want to teach in the North. They don\'t come up here to live out of a '
          'suitcase,"', "direct", "he", "Kevin Mercredi", speaker_at="he said"),
        Q("that it was building 12 new staff units across the Sahtu, but that none would be ready before next fall",
          "indirect", "Housing NWT", "Housing NWT"),
        Q('"the single biggest barrier"', "partial", "The NWT Teachers' Association", "NWT Teachers' Association"),
        Q("some teachers were paying more than $2,000 a month for a room in a shared house", "indirect",
          "Tanya Lennie", "Tanya Lennie"),
        Q('"That\'s Yellowknife rent for a place where you can\'t get a coffee after six,"', "direct", "she",
          "Tanya Lennie", speaker_at="she said"),
        Q('"and that\'s if you can find one at all."', "direct", "she", "Tanya Lennie", speaker_at="she said"),
        Q('"creative short-term solutions."', "partial",
          "The territory's Department of Education, Culture and Employment",
          "Department of Education, Culture and Employment"),
        Q("those could include renting units from the K'asho Got'ine Housing Society", "indirect", "It",
          "Department of Education, Culture and Employment", speaker_at="It said those"),
        Q("their children went weeks without a regular math teacher last year", "indirect",
          "Parents in Fort Good Hope", None),
        Q('"My son had four different teachers in Grade 9. How is he supposed to learn like that?"', "direct",
          "One mother", None),
    ], source="blind"),
    Case("blind86-vnexpress-teacher-housing", """Ha Giang teachers sleep in classrooms as staff housing crumbles

Dozens of teachers at remote schools in the northern province of Ha Giang are sleeping in storerooms and classrooms because staff housing is too small or too dilapidated to use, according to the provincial education department.

At Sung La Primary School in Dong Van District, six teachers share two rooms in a wooden house built in 2002, said principal Nguyen Van Thanh.

"When it rains, water comes through the roof and we have to move the beds to the middle of the room," Thanh said. "In winter the temperature drops to zero and there is no heating."

Teacher Lo Thi Mai, 26, who moved from Tuyen Quang Province three years ago, said she sleeps in a corner of the school library with her one-year-old daughter.

"I love my students, but sometimes I think about leaving. My husband works in Hanoi and we can only see each other at Tet," Mai said.

According to Vu Van Tuan, director of the Ha Giang Department of Education and Training, the province needs around 1,200 more staff housing units, but this year's budget covers only 85.

Tuan said the department had asked the Ministry of Education and Training for VND150 billion ($5.9 million) to build and repair teachers' housing over the next three years.

He added that many young teachers quit after a year or two, describing the turnover as "a leak we cannot plug."

"We cannot keep good teachers if we cannot give them a decent place to sleep," he said.

The Ministry of Education and Training said earlier this year that the country was short of more than 100,000 teachers, most of them in kindergartens and primary schools.

Dang Thi Thu Huong, a lecturer at the Hanoi National University of Education, said housing was only part of the problem.

"Teachers in mountainous areas also need higher allowances and a clear path to return to the lowlands after some years. Otherwise the word 'volunteer' becomes an excuse for neglect," she said.

Last winter, the province's "Warm Winter for Teachers" campaign collected blankets, heaters and VND2 billion in donations from businesses and individuals.""", [
        Q("Dozens of teachers at remote schools in the northern province of Ha Giang are sleeping in storerooms and "
          "classrooms because staff housing is too small or too dilapidated to use", "indirect",
          "the provincial education department", "Ha Giang Department of Education and Training"),
        Q("At Sung La Primary School in Dong Van District, six teachers share two rooms in a wooden house built in "
          "2002", "indirect", "Nguyen Van Thanh", "Nguyen Van Thanh"),
        Q('"When it rains, water comes through the roof and we have to move the beds to the middle of the room,"',
          "direct", "Thanh", "Nguyen Van Thanh", speaker_at="Thanh said"),
        Q('"In winter the temperature drops to zero and there is no heating."', "direct", "Thanh",
          "Nguyen Van Thanh", speaker_at="Thanh said"),
        Q("she sleeps in a corner of the school library with her one-year-old daughter", "indirect", "Lo Thi Mai",
          "Lo Thi Mai"),
        Q('"I love my students, but sometimes I think about leaving. My husband works in Hanoi and we can only see '
          'each other at Tet,"', "direct", "Mai", "Lo Thi Mai", speaker_at="Mai said"),
        Q("the province needs around 1,200 more staff housing units, but this year's budget covers only 85",
          "indirect", "Vu Van Tuan", "Vu Van Tuan"),
        Q("the department had asked the Ministry of Education and Training for VND150 billion ($5.9 million) to "
          "build and repair teachers' housing over the next three years", "indirect", "Tuan", "Vu Van Tuan",
          speaker_at="Tuan said"),
        Q("that many young teachers quit after a year or two", "indirect", "He", "Vu Van Tuan",
          speaker_at="He added"),
        Q('"a leak we cannot plug."', "partial", "He", "Vu Van Tuan", speaker_at="He added"),
        Q('"We cannot keep good teachers if we cannot give them a decent place to sleep,"', "direct", "he",
          "Vu Van Tuan", speaker_at="he said"),
        Q("that the country was short of more than 100,000 teachers, most of them in kindergartens and primary "
          "schools", "indirect", "The Ministry of Education and Training", "Ministry of Education and Training"),
        Q("housing was only part of the problem", "indirect", "Dang Thi Thu Huong", "Dang Thi Thu Huong"),
        Q('"Teachers in mountainous areas also need higher allowances and a clear path to return to the lowlands '
          'after some years. Otherwise the word \'volunteer\' becomes an excuse for neglect,"', "direct", "she",
          "Dang Thi Thu Huong", speaker_at="she said"),
    ], source="blind"),
    Case("blind86-kpl-rice-ceiling", """Ministry sets ceiling price for glutinous rice in Vientiane Capital

Vientiane, 14 March 2024 (KPL) – The Ministry of Industry and Commerce has set a maximum retail price for glutinous rice in Vientiane Capital in a bid to ease pressure on consumers, after the price of the staple rose by more than 40 percent over the past year.

Under the new measure, first grade glutinous rice may not be sold for more than 18,000 kip per kg, while second grade rice is capped at 15,000 kip per kg, according to a notice signed by Deputy Minister of Industry and Commerce, Mr Khampheng Phommachanh.

Mr Khampheng said in the notice that traders who fail to comply will be fined and may have their business licences suspended.

Speaking to KPL on Wednesday, Director General of the Domestic Trade Department, Ms Bouavanh Keomany, said the ceiling price would remain in place for three months and would be reviewed in June.

"Rice is the most important food for Lao people. When the price rises, it affects every family, especially those with low incomes," Ms Bouavanh said.

She explained that the increase was caused by the depreciation of the kip, higher fuel and fertiliser costs, and lower production after last year's drought in the central provinces.

According to the Lao Statistics Bureau, the inflation rate in February stood at 24 percent year-on-year, with food prices rising the fastest.

Ms Bouavanh said inspection teams from the Vientiane Capital Department of Industry and Commerce would visit Khua Din, Thongkhankham and Sikhai markets to check that sellers are displaying and respecting the new prices.

Rice sellers at Thongkhankham market gave mixed reactions. Ms Noy, who has sold rice at the market for 15 years, said she supported the measure but worried about her profit.

"I buy rice from Savannakhet at 16,000 kip. If I sell at 18,000 kip, after transport I have almost nothing left," she said.

Another trader said that some suppliers had already stopped delivering to Vientiane because they could get better prices in other provinces.

Vice President of the Lao National Chamber of Commerce and Industry, Mr Sisouk Vilaychit, said the government should also help farmers with seeds, fertiliser and irrigation so they can grow more rice.

"Price control can help in the short term, but the long-term solution is to produce more," he said.

Lao National Radio reported that similar ceiling prices were being considered for pork and cooking oil.

The measure is part of the government's efforts under the "National Agenda" on addressing economic and financial difficulties.

KPL""", [
        Q("first grade glutinous rice may not be sold for more than 18,000 kip per kg, while second grade rice is "
          "capped at 15,000 kip per kg", "indirect", "Khampheng Phommachanh", "Khampheng Phommachanh"),
        Q("that traders who fail to comply will be fined and may have their business licences suspended", "indirect",
          "Khampheng", "Khampheng Phommachanh", speaker_at="Mr Khampheng said"),
        Q("the ceiling price would remain in place for three months and would be reviewed in June", "indirect",
          "Bouavanh Keomany", "Bouavanh Keomany"),
        Q('"Rice is the most important food for Lao people. When the price rises, it affects every family, '
          'especially those with low incomes,"', "direct", "Bouavanh", "Bouavanh Keomany",
          speaker_at='incomes," Ms Bouavanh said'),
        Q("that the increase was caused by the depreciation of the kip, higher fuel and fertiliser costs, and lower "
          "production after last year's drought in the central provinces", "indirect", "She", "Bouavanh Keomany",
          speaker_at="She explained"),
        Q("the inflation rate in February stood at 24 percent year-on-year, with food prices rising the fastest",
          "indirect", "the Lao Statistics Bureau", "Lao Statistics Bureau"),
        Q("inspection teams from the Vientiane Capital Department of Industry and Commerce would visit Khua Din, "
          "Thongkhankham and Sikhai markets to check that sellers are displaying and respecting the new prices",
          "indirect", "Bouavanh", "Bouavanh Keomany", speaker_at="Ms Bouavanh said inspection"),
        Q("she supported the measure but worried about her profit", "indirect", "Noy", "Noy"),
        Q('"I buy rice from Savannakhet at 16,000 kip. If I sell at 18,000 kip, after transport I have almost '
          'nothing left,"', "direct", "she", "Noy", speaker_at="she said"),
        Q("that some suppliers had already stopped delivering to Vientiane because they could get better prices in "
          "other provinces", "indirect", "Another trader", None),
        Q("the government should also help farmers with seeds, fertiliser and irrigation so they can grow more rice",
          "indirect", "Sisouk Vilaychit", "Sisouk Vilaychit"),
        Q('"Price control can help in the short term, but the long-term solution is to produce more,"', "direct",
          "he", "Sisouk Vilaychit", speaker_at="he said"),
        Q("that similar ceiling prices were being considered for pork and cooking oil", "indirect",
          "Lao National Radio", "Lao National Radio"),
    ], source="blind"),
    Case("blind86-nation-cholera-jabs", """Cholera jabs for 1.5m in six districts

The Ministry of Health has started a five-day oral cholera vaccination campaign targeting 1.5 million people in six districts hit hardest by the current outbreak.

Ministry of Health spokesperson Chimwemwe Nyirenda said in an interview yesterday that the campaign, which runs until Sunday, is targeting people aged one year and above in Blantyre, Nsanje, Chikwawa, Mangochi, Zomba and Machinga.

He said the six districts had registered the most cases since the outbreak was declared in December.

"We have received 3 million doses from the global stockpile, which allows us to give two doses to people in the hotspots," said Nyirenda.

"We appeal to parents to bring their children, and to religious leaders to encourage their congregations."

According to the ministry, the country has recorded 4,312 cases and 97 deaths, representing a case fatality rate of 2.2 percent.

Blantyre district health officer Dr Fatsani Mwale described turnout on the first day as "beyond expectations." He said over 60,000 people were vaccinated in Ndirande, Bangwe and Chilomoni townships on Monday.

However, Mwale said some people in Chilomoni had refused the vaccine, citing rumours on social media that it causes infertility.

"These are lies. The vaccine is safe and has been used in Malawi since 2015," he said.

Malawi Health Equity Network (Mhen) executive director Maziko Phiri commended government for moving quickly, but said vaccination alone would not stop the disease.

"Without safe water and proper sanitation, we will be back here next rainy season, spending millions on the same problem," Phiri said.

The United Nations Children's Fund (Unicef), which is supporting the campaign with transport and cold chain equipment, said in a statement that children under five in flood-affected areas remained at the highest risk.

In Nsanje, residents of Makhanga said they walked more than 10 kilometres to reach vaccination points because floods had washed away sections of the road.

One of them, Esnart Kamwendo, told The Nation: "I lost my brother to cholera last year. I will not let my children suffer the same."

The campaign is being conducted under the theme "Tithetse Kolera" (Let us end cholera).""", [
        Q("that the campaign, which runs until Sunday, is targeting people aged one year and above in Blantyre, "
          "Nsanje, Chikwawa, Mangochi, Zomba and Machinga", "indirect", "Chimwemwe Nyirenda", "Chimwemwe Nyirenda"),
        Q("the six districts had registered the most cases since the outbreak was declared in December", "indirect",
          "He", "Chimwemwe Nyirenda", speaker_at="He said the six"),
        Q('"We have received 3 million doses from the global stockpile, which allows us to give two doses to people '
          'in the hotspots,"', "direct", "Nyirenda", "Chimwemwe Nyirenda", speaker_at="said Nyirenda"),
        Q('"We appeal to parents to bring their children, and to religious leaders to encourage their '
          'congregations."', "direct", "Nyirenda", "Chimwemwe Nyirenda", speaker_at="said Nyirenda"),
        Q("the country has recorded 4,312 cases and 97 deaths, representing a case fatality rate of 2.2 percent",
          "indirect", "the ministry", "Ministry of Health", speaker_at="According to the ministry"),
        Q('"beyond expectations."', "partial", "Fatsani Mwale", "Fatsani Mwale"),
        Q("over 60,000 people were vaccinated in Ndirande, Bangwe and Chilomoni townships on Monday", "indirect",
          "He", "Fatsani Mwale", speaker_at="He said over"),
        Q("some people in Chilomoni had refused the vaccine, citing rumours on social media that it causes "
          "infertility", "indirect", "Mwale", "Fatsani Mwale", speaker_at="Mwale said"),
        Q('"These are lies. The vaccine is safe and has been used in Malawi since 2015,"', "direct", "he",
          "Fatsani Mwale", speaker_at="he said"),
        Q("vaccination alone would not stop the disease", "indirect", "Maziko Phiri", "Maziko Phiri"),
        Q('"Without safe water and proper sanitation, we will be back here next rainy season, spending millions on '
          'the same problem,"', "direct", "Phiri", "Maziko Phiri", speaker_at="Phiri said"),
        Q("that children under five in flood-affected areas remained at the highest risk", "indirect",
          "The United Nations Children's Fund", "United Nations Children's Fund"),
        Q("they walked more than 10 kilometres to reach vaccination points because floods had washed away sections "
          "of the road", "indirect", "residents of Makhanga", None),
        Q('"I lost my brother to cholera last year. I will not let my children suffer the same."', "direct",
          "Esnart Kamwendo", "Esnart Kamwendo"),
    ], source="blind"),
    Case("blind86-aim-mphanda-resettlement", """Mphanda Nkuwa: affected families demand clarity on resettlement

Tete, 12 June (AIM) – Families who will be displaced by the Mphanda Nkuwa hydroelectric dam, on the Zambezi river in the central province of Tete, have demanded that the authorities tell them exactly when they will be moved and where their new farmland will be.

At a public consultation meeting held on Tuesday in the village of Chococoma, in Marara district, residents complained that they had been waiting for more than two years since their houses, fields and fruit trees were registered.

"They came, they counted our mango trees and our goats, and then nobody came back," said community leader Bento Zimba.

"We are not against the dam. We only want to know our future," Zimba added.

Another resident, Rosa Chimbalangue, said she feared the new land would be far from the river, where women grow vegetables in the dry season.

The director of the Mphanda Nkuwa Hydroelectric Project Implementation Office (GMNK), Hélio Mabunda, told the meeting that 1,412 households had been registered for resettlement and that construction of the first houses would begin in the next dry season.

He guaranteed that no family would be moved before its new house was complete.

"Nobody will be left in the open. The resettlement will follow Mozambican law and international standards," said Mabunda.

According to Mabunda, each family will receive a brick house with two or three bedrooms, depending on its size, as well as two hectares of farmland with access to irrigation.

The district administrator of Marara, Ana Maria Luís, urged residents to "have patience and trust the process". She said the project would create about 5,000 jobs during construction, many of them for local young people.

The environmental organisation Justiça Ambiental (JA!) has long criticised the project. In a statement issued last month, it said the consultation process had been rushed and that many affected people had not received information in their own language, Cinyungwe.

The group has also described Mphanda Nkuwa as a "white elephant" that will mainly export electricity to South Africa.

The Maputo daily Noticias reported on Wednesday that the first resettlement village will be built at Chirodzi-Nsanangue, about 20 kilometres from the river.

The 1,500-megawatt project is expected to cost about US$4.5 billion. The resettlement plan, titled "Plano de Reassentamento e Restauração dos Meios de Vida", will be published before the end of the year.""", [
        Q("that the authorities tell them exactly when they will be moved and where their new farmland will be",
          "indirect", "Families who will be displaced by the Mphanda Nkuwa hydroelectric dam", None),
        Q("that they had been waiting for more than two years since their houses, fields and fruit trees were "
          "registered", "indirect", "residents", None, speaker_at="residents complained"),
        Q('"They came, they counted our mango trees and our goats, and then nobody came back,"', "direct",
          "Bento Zimba", "Bento Zimba"),
        Q('"We are not against the dam. We only want to know our future,"', "direct", "Zimba", "Bento Zimba",
          speaker_at="Zimba added"),
        Q("she feared the new land would be far from the river, where women grow vegetables in the dry season",
          "indirect", "Rosa Chimbalangue", "Rosa Chimbalangue"),
        Q("that 1,412 households had been registered for resettlement and that construction of the first houses "
          "would begin in the next dry season", "indirect", "Hélio Mabunda", "Hélio Mabunda"),
        Q("that no family would be moved before its new house was complete", "indirect", "He", "Hélio Mabunda",
          speaker_at="He guaranteed"),
        Q('"Nobody will be left in the open. The resettlement will follow Mozambican law and international '
          'standards,"', "direct", "Mabunda", "Hélio Mabunda", speaker_at="said Mabunda"),
        Q("each family will receive a brick house with two or three bedrooms, depending on its size, as well as two "
          "hectares of farmland with access to irrigation", "indirect", "Mabunda", "Hélio Mabunda",
          speaker_at="According to Mabunda"),
        Q('"have patience and trust the process"', "partial", "Ana Maria Luís", "Ana Maria Luís"),
        Q("the project would create about 5,000 jobs during construction, many of them for local young people",
          "indirect", "She", "Ana Maria Luís", speaker_at="She said"),
        Q("the consultation process had been rushed and that many affected people had not received information in "
          "their own language, Cinyungwe", "indirect", "it", "Justiça Ambiental", speaker_at="it said the"),
        Q('"white elephant"', "partial", "The group", "Justiça Ambiental"),
        Q("that the first resettlement village will be built at Chirodzi-Nsanangue, about 20 kilometres from the "
          "river", "indirect", "Noticias", "Noticias"),
    ], source="blind"),
    Case("blind86-western-people-housing", """Mayo council sets out plan for 600 homes

Mayo County Council has unveiled a plan to deliver almost 600 social and affordable homes in Ballina, Castlebar and Westport over the next five years, with the first 90 units due to go on site in the spring.

Presenting the Housing Delivery Plan 2025-2030 to Monday's meeting of the council, chief executive Martin Gallagher said the local authority had identified eleven sites, nine of them already in council ownership.

'This is the most ambitious housing programme this council has put forward in a generation,' Mr Gallagher said. 'But ambition on its own builds nothing. We need the Department to approve funding quickly.'

He told members that the average time to get a social housing scheme through the approval process had risen to more than three years.

Ballina councillor Gerry Coyle (SF) welcomed the plan, but described the allocation for the town as 'nowhere near enough'.

'There are 640 households on the list in the Ballina area alone. Young couples are living in their parents' box rooms into their thirties,' he said.

Castlebar's Cllr Bríd Loftus (FG) said the council should also look at bringing the empty flats over shops on Main Street back into use.

'We have streets full of empty upstairs rooms in Castlebar. That is housing we already own, or could buy, tomorrow,' Cllr Loftus said.

Director of Services for Housing Tom Gilligan told the meeting that the council's vacant homes office had helped bring 74 properties back into use last year through the Croí Cónaithe grant.

Independent councillor Seán Carey was more sceptical, calling parts of the plan 'wishful thinking'.

'Builders are telling me they can't make a house stack up at these prices. Who is going to build them?' he asked.

Mr Gallagher replied that the council would use its own direct-build teams on four of the sites if tenders came in too high.

The Department of Housing, Local Government and Heritage said it would examine the council's funding applications when they are submitted.

The plan will go on public display next week under the title 'Homes for Mayo'.""", [
        Q("the local authority had identified eleven sites, nine of them already in council ownership", "indirect",
          "Martin Gallagher", "Martin Gallagher"),
        Q("'This is the most ambitious housing programme this council has put forward in a generation,'", "direct",
          "Gallagher", "Martin Gallagher", speaker_at="Mr Gallagher said"),
        Q("'But ambition on its own builds nothing. We need the Department to approve funding quickly.'", "direct",
          "Gallagher", "Martin Gallagher", speaker_at="Mr Gallagher said"),
        Q("that the average time to get a social housing scheme through the approval process had risen to more "
          "than three years", "indirect", "He", "Martin Gallagher", speaker_at="He told"),
        Q("'nowhere near enough'", "partial", "Gerry Coyle", "Gerry Coyle"),
        Q("'There are 640 households on the list in the Ballina area alone. Young couples are living in their "
          "parents' box rooms into their thirties,'", "direct", "he", "Gerry Coyle", speaker_at="he said"),
        Q("the council should also look at bringing the empty flats over shops on Main Street back into use",
          "indirect", "Bríd Loftus", "Bríd Loftus"),
        Q("'We have streets full of empty upstairs rooms in Castlebar. That is housing we already own, or could "
          "buy, tomorrow,'", "direct", "Loftus", "Bríd Loftus", speaker_at="Cllr Loftus said"),
        Q("that the council's vacant homes office had helped bring 74 properties back into use last year through "
          "the Croí Cónaithe grant", "indirect", "Tom Gilligan", "Tom Gilligan"),
        Q("'wishful thinking'", "partial", "Seán Carey", "Seán Carey"),
        Q("'Builders are telling me they can't make a house stack up at these prices. Who is going to build them?'",
          "direct", "he", "Seán Carey", speaker_at="he asked"),
        Q("that the council would use its own direct-build teams on four of the sites if tenders came in too high",
          "indirect", "Gallagher", "Martin Gallagher", speaker_at="Mr Gallagher replied"),
        Q("it would examine the council's funding applications when they are submitted", "indirect",
          "The Department of Housing, Local Government and Heritage", "Department of Housing, Local Government and "
          "Heritage"),
    ], source="blind"),
    Case("blind86-nnsl-curling-grant", """Curling club cries foul after town cuts grant

The Hay River Curling Club says it has been "singled out" after town council cut its annual operating grant from $18,000 to $7,500.

Council approved its 2025 community grants at a special meeting on Nov. 25.

Club president Wendy Sabourin said the cut means the club may not be able to afford to put in ice before December.

"We've got 160 members, a junior program and the seniors who come in every weekday morning. That ice doesn't make itself," Sabourin said.

She said the club learned about the cut from a Facebook post, not from the town.

"Nobody phoned us. Nobody asked what it costs to run the building," she said.

Mayor Gord Lafferty said council had to cut $140,000 from community grants after the town's insurance costs rose by 38 per cent following the 2022 flood.

"Every group took a hit. The curling club's grant was the largest, so its reduction is the largest in dollars," Lafferty said in an interview with The Hub.

He said council would review its grants policy in the spring.

Coun. Kelsey Beaulieu, who voted against the grants budget, said the process had been rushed.

"We got the spreadsheet on a Friday and voted on a Monday. That's not how you make decisions about groups that have been around for 60 years," she said.

The Hay River Minor Hockey Association, whose grant was cut by 20 per cent, said in a statement that it would not appeal the decision. It said it "understands the pressures council is under."

Sabourin said the club has started a petition and will ask council to reconsider at its Dec. 9 meeting. The club has also applied to the territory's "Get Active NWT" program to cover part of the shortfall.

One longtime curler, who asked not to be named, said some members had already offered to pay higher fees to keep the rink open.

"It's the only place in town where a 12-year-old and an 80-year-old play on the same team," he said.""", [
        Q('"singled out"', "partial", "The Hay River Curling Club", "Hay River Curling Club"),
        Q("the cut means the club may not be able to afford to put in ice before December", "indirect",
          "Wendy Sabourin", "Wendy Sabourin"),
        Q('"We\'ve got 160 members, a junior program and the seniors who come in every weekday morning. That ice '
          'doesn\'t make itself,"', "direct", "Sabourin", "Wendy Sabourin", speaker_at='itself," Sabourin said'),
        Q("the club learned about the cut from a Facebook post, not from the town", "indirect", "She",
          "Wendy Sabourin", speaker_at="She said the club"),
        Q('"Nobody phoned us. Nobody asked what it costs to run the building,"', "direct", "she", "Wendy Sabourin",
          speaker_at='building," she said'),
        Q("council had to cut $140,000 from community grants after the town's insurance costs rose by 38 per cent "
          "following the 2022 flood", "indirect", "Gord Lafferty", "Gord Lafferty"),
        Q('"Every group took a hit. The curling club\'s grant was the largest, so its reduction is the largest in '
          'dollars,"', "direct", "Lafferty", "Gord Lafferty", speaker_at="Lafferty said in"),
        Q("council would review its grants policy in the spring", "indirect", "He", "Gord Lafferty",
          speaker_at="He said council"),
        Q("the process had been rushed", "indirect", "Kelsey Beaulieu", "Kelsey Beaulieu"),
        Q('"We got the spreadsheet on a Friday and voted on a Monday. That\'s not how you make decisions about '
          'groups that have been around for 60 years,"', "direct", "she", "Kelsey Beaulieu",
          speaker_at='years," she said'),
        Q("that it would not appeal the decision", "indirect", "The Hay River Minor Hockey Association",
          "Hay River Minor Hockey Association"),
        Q('"understands the pressures council is under."', "partial", "It", "Hay River Minor Hockey Association",
          speaker_at="It said it"),
        Q("the club has started a petition and will ask council to reconsider at its Dec. 9 meeting", "indirect",
          "Sabourin", "Wendy Sabourin", speaker_at="Sabourin said the club"),
        Q("some members had already offered to pay higher fees to keep the rink open", "indirect",
          "One longtime curler", None),
        Q('"It\'s the only place in town where a 12-year-old and an 80-year-old play on the same team,"', "direct",
          "he", None, speaker_at="he said"),
    ], source="blind"),
    Case("blind86-malawi24-teacher-houses", """Teachers in Machinga share houses, sleep in classrooms

Teachers at several primary schools in Machinga district are sharing single houses and some are sleeping in classrooms because of an acute shortage of staff houses, Malawi24 has established.

At Chikweo Primary School, 14 teachers share four houses, according to head teacher Chrissy Kachingwe.

"Some of my teachers walk 12 kilometres every day from Liwonde because there is nowhere for them to stay here," she said.

Kachingwe said female teachers were the most affected, as some landlords at the trading centre refuse to rent rooms to single women.

One teacher, who did not want to be named for fear of victimisation, told Malawi24 that she and two colleagues had been sleeping in a Standard 2 classroom since January.

"We pack our mattresses every morning before the learners come. It is humiliating," she said.

Machinga District Education Manager Harold Chimwaza said the district needs about 1,100 teachers' houses but has only 370.

"The council has prioritised teachers' houses in the District Development Fund, but the money is not enough," Chimwaza said.

He added that the council built 12 houses in the last financial year with support from the Constituency Development Fund.

Teachers Union of Malawi (TUM) secretary general Patrick Kalembo said the shortage is one of the main reasons teachers refuse postings to rural schools.

"Government keeps talking about recruiting more teachers, but where will they stay? You cannot build a house for a teacher with speeches," said Kalembo.

He described conditions at some rural schools as "inhuman" and said the union would raise the matter with the Ministry of Education.

Ministry of Education spokesperson Rashid Nkhata said government has set aside K12 billion in the current budget for the construction of 1,000 teachers' houses across the country.

"We are aware of the challenge, and construction will start in the districts with the greatest need," Nkhata said.

The houses will be built under the ministry's "Nyumba ya Mphunzitsi" (A Home for the Teacher) project.""", [
        Q("At Chikweo Primary School, 14 teachers share four houses", "indirect", "Chrissy Kachingwe",
          "Chrissy Kachingwe"),
        Q('"Some of my teachers walk 12 kilometres every day from Liwonde because there is nowhere for them to stay '
          'here,"', "direct", "she", "Chrissy Kachingwe", speaker_at='here," she said'),
        Q("female teachers were the most affected, as some landlords at the trading centre refuse to rent rooms to "
          "single women", "indirect", "Kachingwe", "Chrissy Kachingwe", speaker_at="Kachingwe said"),
        Q("that she and two colleagues had been sleeping in a Standard 2 classroom since January", "indirect",
          "One teacher", None),
        Q('"We pack our mattresses every morning before the learners come. It is humiliating,"', "direct", "she",
          None, speaker_at='humiliating," she said'),
        Q("the district needs about 1,100 teachers' houses but has only 370", "indirect", "Harold Chimwaza",
          "Harold Chimwaza"),
        Q('"The council has prioritised teachers\' houses in the District Development Fund, but the money is not '
          'enough,"', "direct", "Chimwaza", "Harold Chimwaza", speaker_at='enough," Chimwaza said'),
        Q("that the council built 12 houses in the last financial year with support from the Constituency "
          "Development Fund", "indirect", "He", "Harold Chimwaza", speaker_at="He added"),
        Q("the shortage is one of the main reasons teachers refuse postings to rural schools", "indirect",
          "Patrick Kalembo", "Patrick Kalembo"),
        Q('"Government keeps talking about recruiting more teachers, but where will they stay? You cannot build a '
          'house for a teacher with speeches,"', "direct", "Kalembo", "Patrick Kalembo", speaker_at="said Kalembo"),
        Q('"inhuman"', "partial", "He", "Patrick Kalembo", speaker_at="He described"),
        Q("the union would raise the matter with the Ministry of Education", "indirect", "He", "Patrick Kalembo",
          speaker_at="He described"),
        Q("government has set aside K12 billion in the current budget for the construction of 1,000 teachers' "
          "houses across the country", "indirect", "Rashid Nkhata", "Rashid Nkhata"),
        Q('"We are aware of the challenge, and construction will start in the districts with the greatest need,"',
          "direct", "Nkhata", "Rashid Nkhata", speaker_at='need," Nkhata said'),
    ], source="blind"),
    Case("blind86-cbc-baker-lake-sealift", """Baker Lake sealift pushed to October after tug breaks down, shipper says

Residents of Baker Lake, Nunavut, may not get their sealift orders until October after a mechanical problem with a tug delayed the transfer of cargo at Chesterfield Inlet, according to the company that runs the route.

Baker Lake is Nunavut's only inland community. Cargo ships unload at Chesterfield Inlet, where goods are moved onto barges and pushed about 300 kilometres up the inlet.

In an emailed statement, Nunavut Sealink and Supply Inc. (NSSI) said a replacement engine part had been flown in from Montreal and repairs were expected to take at least 10 days.

"We understand how important sealift is to the community and we apologize for the inconvenience," the company said.

Martha Putumiraqtuq, the mayor of Baker Lake, said the hamlet is waiting on a new water truck and lumber for two public housing units.

"If the barges come in late October, the lake could already be freezing. Then we're looking at next year," she said.

Putumiraqtuq said some elders had ordered heating oil tanks and winter clothing that they now may not receive before the cold sets in.

The Kivalliq Inuit Association said it was "deeply concerned" about the delay. Association president Jason Iqungaq told CBC News that Baker Lake is "always last" when something goes wrong with shipping.

"Ottawa talks about Arctic sovereignty, but we can't even get a barge up the inlet on time," Iqungaq said.

Nunavut's Department of Community and Government Services said in an email that materials for a 10-unit public housing building are on the delayed barges. It said contractors would "make every effort" to close in the building before winter.

Agnico Eagle, which runs the Meadowbank gold mine north of the community, said its own resupply was not affected.

Resident Nancy Kaluraq said she ordered a snowmobile in March and paid for it in full.

"Now I don't know if I'll see it before spring. Hunting season is right now," she told CBC.

Many residents have been sharing updates in a local Facebook group called "Baker Lake Sealift Questions" since the delay was announced.""", [
        Q("Residents of Baker Lake, Nunavut, may not get their sealift orders until October after a mechanical "
          "problem with a tug delayed the transfer of cargo at Chesterfield Inlet", "indirect",
          "the company that runs the route", "Nunavut Sealink and Supply Inc."),
        Q("a replacement engine part had been flown in from Montreal and repairs were expected to take at least "
          "10 days", "indirect", "Nunavut Sealink and Supply Inc.", "Nunavut Sealink and Supply Inc."),
        Q('"We understand how important sealift is to the community and we apologize for the inconvenience,"',
          "direct", "the company", "Nunavut Sealink and Supply Inc.", speaker_at="the company said"),
        Q("the hamlet is waiting on a new water truck and lumber for two public housing units", "indirect",
          "Martha Putumiraqtuq", "Martha Putumiraqtuq"),
        Q('"If the barges come in late October, the lake could already be freezing. Then we\'re looking at next '
          'year,"', "direct", "she", "Martha Putumiraqtuq", speaker_at="she said"),
        Q("some elders had ordered heating oil tanks and winter clothing that they now may not receive before the "
          "cold sets in", "indirect", "Putumiraqtuq", "Martha Putumiraqtuq", speaker_at="Putumiraqtuq said some"),
        Q('"deeply concerned"', "partial", "The Kivalliq Inuit Association", "Kivalliq Inuit Association"),
        Q('"always last"', "partial", "Jason Iqungaq", "Jason Iqungaq"),
        Q('"Ottawa talks about Arctic sovereignty, but we can\'t even get a barge up the inlet on time,"', "direct",
          "Iqungaq", "Jason Iqungaq", speaker_at="Iqungaq said"),
        Q("that materials for a 10-unit public housing building are on the delayed barges", "indirect",
          "Nunavut's Department of Community and Government Services",
          "Department of Community and Government Services"),
        Q('"make every effort"', "partial", "It", "Department of Community and Government Services",
          speaker_at="It said contractors"),
        Q("its own resupply was not affected", "indirect", "Agnico Eagle", "Agnico Eagle"),
        Q("she ordered a snowmobile in March and paid for it in full", "indirect", "Nancy Kaluraq", "Nancy Kaluraq"),
        Q('"Now I don\'t know if I\'ll see it before spring. Hunting season is right now,"', "direct", "she",
          "Nancy Kaluraq", speaker_at="she told"),
    ], source="blind"),
]
