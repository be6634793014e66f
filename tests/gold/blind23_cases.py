"""Blind gold, set 23: sixteen short news articles written blind to the pretagger.

Wire copy (Reuters, dpa) and regional papers from Britain, Ireland, Australia,
New Zealand, Canada, East, West and Southern Africa, the Gulf, Malaysia,
Pakistan and a US suburban weekly; curly and straight double quotes and
British single quotes. Every quote is annotated; titles and names in marks
are not quotes. Indirect clauses are annotated without a leading "that".
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind23-reuters-airline", """Jade Pacific profit jumps as long-haul demand holds, but fuel costs bite

TAIPEI, March 12 (Reuters) - Taiwan's Jade Pacific Airlines reported a 38% rise in full-year net profit on Tuesday, beating forecasts as demand for flights to North America and Europe stayed strong, but warned that higher fuel and maintenance costs would squeeze margins this year.

Net profit for 2023 rose to T$9.4 billion ($298 million) from T$6.8 billion a year earlier, the carrier said in a filing to the Taiwan Stock Exchange. Analysts had on average expected T$8.7 billion, according to LSEG data.

"Passengers have come back faster than any of us planned for, especially on the trans-Pacific routes," President Chen Wei-lun told an earnings briefing in Taipei. "Our load factor on the Los Angeles and Vancouver flights was above 90% for most of the fourth quarter."

Chen said the airline would take delivery of four Boeing 787-10 jets this year and was in talks for more, but declined to give a figure, saying only that an announcement would come "at the right time".

Cargo revenue, which had cushioned carriers in the region during the pandemic, fell 21% as freight rates normalised. Chief Financial Officer Lee Mei-hua said the cargo business had "come back down to earth", adding that she did not expect a recovery before the second half.

Jet fuel made up nearly a third of operating costs, she said, noting that the company had hedged about 40% of its expected consumption for 2024.

Shares in Jade Pacific closed up 3.2% ahead of the results, outperforming the broader market's 0.6% gain.

"The numbers are solid, but the guidance is cautious and I think that is the right call," said Kevin Hsu, a transport analyst at Yuanta Securities in Taipei. He said competition from mainland Chinese carriers on routes to Southeast Asia remained a worry.

The airline, which flies to 52 destinations, is also seeking approval to resume flights to Chengdu and Wuhan. A spokesperson for Taiwan's Civil Aeronautics Administration said the application was under review.

(Reporting by Jeanny Lo; Editing by Clara Ferreira)""", [
        Q("higher fuel and maintenance costs would squeeze margins this year", "indirect",
          "Jade Pacific Airlines", "Jade Pacific Airlines"),
        Q("Net profit for 2023 rose to T$9.4 billion ($298 million) from T$6.8 billion a year earlier", "indirect",
          "the carrier", "Jade Pacific Airlines"),
        Q("Analysts had on average expected T$8.7 billion", "indirect", "LSEG data", "LSEG"),
        Q('"Passengers have come back faster than any of us planned for, especially on the trans-Pacific routes,"',
          "direct", "Chen Wei-lun", "Chen Wei-lun"),
        Q('"Our load factor on the Los Angeles and Vancouver flights was above 90% for most of the fourth quarter."',
          "direct", "Chen Wei-lun", "Chen Wei-lun"),
        Q("the airline would take delivery of four Boeing 787-10 jets this year and was in talks for more", "indirect",
          "Chen", "Chen Wei-lun", speaker_at="Chen said"),
        Q('"at the right time"', "partial", "Chen", "Chen Wei-lun", speaker_at="Chen said"),
        Q('"come back down to earth"', "partial", "Lee Mei-hua", "Lee Mei-hua"),
        Q("she did not expect a recovery before the second half", "indirect", "Lee Mei-hua", "Lee Mei-hua"),
        Q("Jet fuel made up nearly a third of operating costs", "indirect", "she", "Lee Mei-hua",
          speaker_at="costs, she said"),
        Q("the company had hedged about 40% of its expected consumption for 2024", "indirect", "she", "Lee Mei-hua",
          speaker_at="costs, she said"),
        Q('"The numbers are solid, but the guidance is cautious and I think that is the right call,"', "direct",
          "Kevin Hsu", "Kevin Hsu"),
        Q("competition from mainland Chinese carriers on routes to Southeast Asia remained a worry", "indirect",
          "He", "Kevin Hsu", speaker_at="He said competition"),
        Q("the application was under review", "indirect",
          "A spokesperson for Taiwan's Civil Aeronautics Administration", None),
    ]),
    Case("blind23-dpa-derailment", """Freight train derails near Hanover, disrupting north-south rail traffic

Hanover (dpa) - A freight train carrying gravel derailed near the northern German city of Hanover early on Wednesday, blocking one of the country's busiest rail lines and forcing thousands of passengers onto replacement buses.

Nobody was injured when 11 of the train's 24 wagons left the tracks near the Lehrte junction shortly after 4 am, according to the Federal Police.

"We were very lucky that no passenger train was passing at that moment," police spokesman Hendrik van Dorp told dpa at the scene. Some of the wagons had toppled onto the neighbouring track, he said.

Deutsche Bahn said long-distance services between Hamburg and Hanover and between Hanover and Berlin would be diverted or cancelled until at least Friday. Passengers should expect delays of up to 90 minutes, the rail operator said in a statement.

The cause of the accident was not immediately clear. Investigators from the Federal Bureau of Railway Accident Investigation (BEU) were on their way to the site, a spokeswoman for the agency said.

Lower Saxony's Transport Minister Gerda von Kessel, who visited the site in the afternoon, called for a swift investigation. "People need to be able to rely on the railway, and that means the infrastructure has to be in order," she said.

"We have been warning for years that this section is overloaded," she added. "Freight and passenger trains are squeezed onto the same tracks, and every small fault becomes a big problem."

The rail and transport workers' union EVG said the derailment was another sign of decades of underinvestment. Its deputy chairman, Martin Özdemir-Lange, said the rail operator had "patched and patched" instead of renewing ageing points and sleepers.

A Deutsche Bahn spokesman rejected the criticism, saying the section had been inspected in February and no defects had been found.

Freight operator RheinCargo, which owned the train, said it was cooperating fully with the authorities.

Commuters at Hanover's main station vented their frustration. "I've been standing here for two hours and nobody can tell me anything," said Anja Petersen, a nurse trying to reach her shift in Celle.""", [
        Q("Nobody was injured when 11 of the train's 24 wagons left the tracks near the Lehrte junction shortly after "
          "4 am", "indirect", "the Federal Police", "Federal Police"),
        Q('"We were very lucky that no passenger train was passing at that moment,"', "direct", "Hendrik van Dorp",
          "Hendrik van Dorp"),
        Q("Some of the wagons had toppled onto the neighbouring track", "indirect", "he", "Hendrik van Dorp",
          speaker_at="track, he said"),
        Q("long-distance services between Hamburg and Hanover and between Hanover and Berlin would be diverted or "
          "cancelled until at least Friday", "indirect", "Deutsche Bahn", "Deutsche Bahn",
          speaker_at="Deutsche Bahn said long-distance"),
        Q("Passengers should expect delays of up to 90 minutes", "indirect", "the rail operator", "Deutsche Bahn",
          speaker_at="the rail operator said in a statement"),
        Q("Investigators from the Federal Bureau of Railway Accident Investigation (BEU) were on their way to the site",
          "indirect", "a spokeswoman for the agency", None),
        Q('"People need to be able to rely on the railway, and that means the infrastructure has to be in order,"',
          "direct", "she", "Gerda von Kessel", speaker_at="she said"),
        Q('"We have been warning for years that this section is overloaded,"', "direct", "she", "Gerda von Kessel",
          speaker_at="she added"),
        Q('"Freight and passenger trains are squeezed onto the same tracks, and every small fault becomes a big '
          'problem."', "direct", "she", "Gerda von Kessel", speaker_at="she added"),
        Q("the derailment was another sign of decades of underinvestment", "indirect",
          "The rail and transport workers' union EVG", "EVG"),
        Q('"patched and patched"', "partial", "Martin Özdemir-Lange", "Martin Özdemir-Lange"),
        Q("the section had been inspected in February and no defects had been found", "indirect",
          "A Deutsche Bahn spokesman", None),
        Q("it was cooperating fully with the authorities", "indirect", "RheinCargo", "RheinCargo"),
        Q('"I\'ve been standing here for two hours and nobody can tell me anything,"', "direct", "Anja Petersen",
          "Anja Petersen"),
    ]),
    Case("blind23-chronicle-obituary", """Tributes paid to former Magpies winger Billy Tennant, who has died aged 81

Tributes have poured in for former Newcastle United winger Billy Tennant, who has died at the age of 81 after a short illness.

Tennant, who was born in Walker and made 214 appearances for the Magpies between 1961 and 1969, passed away peacefully at the Freeman Hospital on Sunday, his family said.

In a statement, his daughter Karen said: ‘Dad was a Geordie through and through. He never lost his love for the club or for the people of this city, and he would stop and talk football with anyone who recognised him in the Metro Centre.

‘We are heartbroken, but we take comfort from the hundreds of lovely messages we have received.’

Newcastle United described Tennant as ‘a gentleman and a wonderful servant’ and said the players would wear black armbands for Saturday’s home game against Brentford.

Born into a shipyard family, Tennant was spotted playing for Wallsend Boys Club and signed professional forms at 17. He was part of the side that won promotion back to the top flight in 1965, and his cross for the winner against Leyton Orient that season is still talked about on the Gallowgate.

Former team-mate Frank McAvoy-Reid, 84, said Tennant was the quickest player he had ever seen. ‘Billy could go past a full-back like he wasn’t there,’ he told the Chronicle. ‘On a muddy pitch in January, when the rest of us were struggling to lift our legs, he’d be flying.’

After hanging up his boots, Tennant ran a newsagent’s in Heaton for almost three decades and coached youth teams in the East End. Local councillor Dr Nadia Rahman-Scott, who played in one of those teams, remembered him as ‘strict, funny and endlessly patient’.

Kevin Dunmore, who captained the club in the 1990s, was among those who posted tributes online. ‘Sad news. One of the real old-school Newcastle lads. RIP Billy,’ he wrote on X.

Tennant’s autobiography, ‘Down the Wing’, was published in 2009 and raised thousands of pounds for the Sir Bobby Robson Foundation.

He is survived by his wife of 58 years, Margaret, his daughter Karen, son Paul and five grandchildren. The funeral will be held at St Anthony’s Church in Walker.""", [
        Q("Tennant, who was born in Walker and made 214 appearances for the Magpies between 1961 and 1969, passed away "
          "peacefully at the Freeman Hospital on Sunday", "indirect", "his family", None),
        Q("‘Dad was a Geordie through and through. He never lost his love for the club or for the people of this city, "
          "and he would stop and talk football with anyone who recognised him in the Metro Centre.", "direct",
          "Karen", "Karen", speaker_at="his daughter Karen said"),
        Q("‘We are heartbroken, but we take comfort from the hundreds of lovely messages we have received.’", "direct",
          "Karen", "Karen", speaker_at="his daughter Karen said"),
        Q("‘a gentleman and a wonderful servant’", "partial", "Newcastle United", "Newcastle United",
          speaker_at="Newcastle United described"),
        Q("the players would wear black armbands for Saturday’s home game against Brentford", "indirect",
          "Newcastle United", "Newcastle United", speaker_at="Newcastle United described"),
        Q("Tennant was the quickest player he had ever seen", "indirect", "Frank McAvoy-Reid", "Frank McAvoy-Reid"),
        Q("‘Billy could go past a full-back like he wasn’t there,’", "direct", "he", "Frank McAvoy-Reid",
          speaker_at="he told the Chronicle"),
        Q("‘On a muddy pitch in January, when the rest of us were struggling to lift our legs, he’d be flying.’",
          "direct", "he", "Frank McAvoy-Reid", speaker_at="he told the Chronicle"),
        Q("‘strict, funny and endlessly patient’", "partial", "Nadia Rahman-Scott", "Nadia Rahman-Scott"),
        Q("‘Sad news. One of the real old-school Newcastle lads. RIP Billy,’", "direct", "he", "Kevin Dunmore",
          speaker_at="he wrote on X"),
    ]),
    Case("blind23-pj-teachers", """Hundreds of north-east schools to shut as teachers strike over pay

Hundreds of schools across Aberdeen and Aberdeenshire will close their doors next week as teachers stage a two-day strike in a long-running dispute over pay.

Members of the Educational Institute of Scotland (EIS) voted by 78% to take action after rejecting what the union called a 'derisory' offer of 3.5% from council body Cosla.

Speaking outside Aberdeen Grammar School yesterday, EIS local association secretary Morag Cruickshank said teachers had been left with no choice.

'Nobody goes into teaching to go on strike,' she said. 'But our members have seen their pay fall behind inflation year after year while class sizes and workloads keep going up. Enough is enough.'

Ms Cruickshank said the union was ready to return to talks 'at any hour of the day or night'.

Aberdeen City Council confirmed that 48 primary and secondary schools would be shut on Tuesday and Wednesday, with nurseries run by private partners unaffected. Aberdeenshire Council said it expected around 150 of its schools to be closed.

Councillor Alastair MacLeod-Hay, Aberdeenshire's education committee chairman, said he understood the frustration of staff but urged both sides to find a settlement. 'Every day a child is out of the classroom is a day they don't get back,' he said.

A spokesman for Cosla said: 'We have made a fair offer which is the best that councils can afford without cutting services elsewhere. We would urge the EIS to put it to members.'

The Scottish Government said pay negotiations were a matter for councils and unions, but Education Secretary Kirsten Baird said she would be 'very disappointed' if pupils preparing for exams were hit.

Parents reacted with a mix of sympathy and exasperation. Mother-of-three Claire Ogilvie, from Westhill, said she supported the teachers but had been forced to take two days' unpaid leave.

'It's the third time this year I've had to scramble for childcare,' she said. 'I just want somebody to sort it out.'

Further strike dates in May have been pencilled in if no deal is reached, according to the union.""", [
        Q("'derisory'", "partial", "the union", "Educational Institute of Scotland", speaker_at="what the union called"),
        Q("teachers had been left with no choice", "indirect", "Morag Cruickshank", "Morag Cruickshank"),
        Q("'Nobody goes into teaching to go on strike,'", "direct", "she", "Morag Cruickshank",
          speaker_at="strike,' she said"),
        Q("'But our members have seen their pay fall behind inflation year after year while class sizes and workloads "
          "keep going up. Enough is enough.'", "direct", "she", "Morag Cruickshank", speaker_at="strike,' she said"),
        Q("'at any hour of the day or night'", "partial", "Cruickshank", "Morag Cruickshank",
          speaker_at="Ms Cruickshank said"),
        Q("48 primary and secondary schools would be shut on Tuesday and Wednesday, with nurseries run by private "
          "partners unaffected", "indirect", "Aberdeen City Council", "Aberdeen City Council"),
        Q("it expected around 150 of its schools to be closed", "indirect", "Aberdeenshire Council",
          "Aberdeenshire Council"),
        Q("he understood the frustration of staff", "indirect", "Alastair MacLeod-Hay", "Alastair MacLeod-Hay"),
        Q("'Every day a child is out of the classroom is a day they don't get back,'", "direct", "he",
          "Alastair MacLeod-Hay", speaker_at="back,' he said"),
        Q("'We have made a fair offer which is the best that councils can afford without cutting services elsewhere. "
          "We would urge the EIS to put it to members.'", "direct", "A spokesman for Cosla", None),
        Q("pay negotiations were a matter for councils and unions", "indirect", "The Scottish Government",
          "Scottish Government"),
        Q("'very disappointed'", "partial", "Kirsten Baird", "Kirsten Baird"),
        Q("she supported the teachers but had been forced to take two days' unpaid leave", "indirect",
          "Claire Ogilvie", "Claire Ogilvie"),
        Q("'It's the third time this year I've had to scramble for childcare,'", "direct", "she", "Claire Ogilvie",
          speaker_at="childcare,' she said"),
        Q("'I just want somebody to sort it out.'", "direct", "she", "Claire Ogilvie",
          speaker_at="childcare,' she said"),
        Q("Further strike dates in May have been pencilled in if no deal is reached", "indirect", "the union",
          "Educational Institute of Scotland", speaker_at="according to the union"),
    ]),
    Case("blind23-tribune-camogie", """Killimor end 20-year wait as Ní Fhlatharta inspires county final win

Killimor 2-14 Sarsfields 1-12

KILLIMOR'S long wait is over. Twenty years after they last lifted the Galway senior camogie title, the east Galway club were crowned county champions at Pearse Stadium on Sunday after a performance full of grit and no little skill.

Captain Aoife Ní Fhlatharta was the star of the show, scoring 1-6 and lifting the cup in front of a crowd of more than 2,000.

"I can't really put it into words," she said afterwards, the medal still around her neck. "Some of these girls have been soldiering together since under-8s. We lost two finals in the last four years and people were saying we'd never get over the line. This is for them, and for everyone in the parish."

Sarsfields started the brighter and led 0-5 to 0-2 after 12 minutes, but a goal from Niamh Mac Donncha-Burke, who flicked a long delivery past keeper Gráinne Tierney, swung the momentum.

Killimor manager Cathal Ó Conghaile admitted his side had "rode our luck" at times in the first half. "Sarsfields were excellent early on and could easily have had two goals," he said. "But the girls kept the heads, and once Niamh's goal went in you could feel the whole thing change."

Ó Conghaile, a former county hurler, paid tribute to his backroom team and singled out the full-back line, which he said had been "immense".

Sarsfields boss Declan Fahy was gracious in defeat. "Fair play to Killimor, they were the better team on the day and they deserve it," he told the Tribune. Fahy said his young side would "learn a lot" from the experience.

Galway Camogie Board chairperson Mary Kenny presented the cup and described the game as "a great advertisement for the sport".

Killimor now advance to the All-Ireland club championship, where they will face the Cork champions in the semi-final early in the new year.

The celebrations continued well into the night in the village, where the team were greeted by bonfires and a crowd of several hundred. "It's the best night this parish has had in a long time," said local publican Tom Dolan.""", [
        Q('"I can\'t really put it into words,"', "direct", "she", "Aoife Ní Fhlatharta",
          speaker_at="she said afterwards"),
        Q('"Some of these girls have been soldiering together since under-8s. We lost two finals in the last four years '
          'and people were saying we\'d never get over the line. This is for them, and for everyone in the parish."',
          "direct", "she", "Aoife Ní Fhlatharta", speaker_at="she said afterwards"),
        Q('"rode our luck"', "partial", "Cathal Ó Conghaile", "Cathal Ó Conghaile"),
        Q('"Sarsfields were excellent early on and could easily have had two goals,"', "direct", "he",
          "Cathal Ó Conghaile", speaker_at='goals," he said'),
        Q('"But the girls kept the heads, and once Niamh\'s goal went in you could feel the whole thing change."',
          "direct", "he", "Cathal Ó Conghaile", speaker_at='goals," he said'),
        Q('"immense"', "partial", "he", "Cathal Ó Conghaile", speaker_at="which he said"),
        Q('"Fair play to Killimor, they were the better team on the day and they deserve it,"', "direct", "he",
          "Declan Fahy", speaker_at="he told the Tribune"),
        Q('"learn a lot"', "partial", "Fahy", "Declan Fahy", speaker_at="Fahy said"),
        Q('"a great advertisement for the sport"', "partial", "Mary Kenny", "Mary Kenny"),
        Q('"It\'s the best night this parish has had in a long time,"', "direct", "Tom Dolan", "Tom Dolan"),
    ]),
    Case("blind23-couriermail-hail", """Hail the size of cricket balls smashes Brisbane’s southwest

Residents across Brisbane’s southwestern suburbs are counting the cost after a supercell thunderstorm dumped hail the size of cricket balls on Tuesday afternoon, smashing windscreens, shredding roofs and cutting power to more than 60,000 homes.

The Bureau of Meteorology said hailstones up to 7cm across were reported in Forest Lake, Inala and Springfield Lakes as the storm tracked northeast at about 40km/h.

“This was a very dangerous storm and it developed extremely quickly,” BoM senior forecaster Dr Priya Raghunathan said. “We had severe thunderstorm warnings out from about 2.15pm, but the intensity of the hail was at the top end of what we see in southeast Queensland.”

The State Emergency Service received more than 1400 calls for help by 9pm, most for leaking roofs and fallen trees, according to Queensland Fire and Emergency Services.

In Forest Lake, Nguyen Thi Lan was picking up her children from school when the hail began. “It sounded like someone was throwing rocks at the car,” she said. “The kids were screaming. The back window just exploded.”

Energex spokesman Danny Vo said crews would work through the night but warned some customers could be without power until the weekend.

“Some of the damage to the network is significant, with more than 200 lines down,” he said.

Emergency Services Minister Ben Tuiasosopo, who toured Inala on Wednesday morning, urged residents to check on elderly neighbours and said disaster assistance would be made available “as quickly as possible”.

The Insurance Council of Australia declared a catastrophe for the region late on Tuesday, which fast-tracks claims. Its chief executive, Marcus Lindqvist, said early estimates put insured losses “in the tens of millions at least”.

A Facebook group called “Brisbane Hail Watch” gained more than 10,000 members overnight as residents posted photos of dented cars and holes in their ceilings.

The bureau warned more storms were possible on Thursday, particularly in the Lockyer Valley and Scenic Rim.""", [
        Q("hailstones up to 7cm across were reported in Forest Lake, Inala and Springfield Lakes as the storm tracked "
          "northeast at about 40km/h", "indirect", "The Bureau of Meteorology", "Bureau of Meteorology"),
        Q("“This was a very dangerous storm and it developed extremely quickly,”", "direct", "Priya Raghunathan",
          "Priya Raghunathan"),
        Q("“We had severe thunderstorm warnings out from about 2.15pm, but the intensity of the hail was at the top end "
          "of what we see in southeast Queensland.”", "direct", "Priya Raghunathan", "Priya Raghunathan"),
        Q("The State Emergency Service received more than 1400 calls for help by 9pm, most for leaking roofs and "
          "fallen trees", "indirect", "Queensland Fire and Emergency Services", "Queensland Fire and Emergency Services"),
        Q("“It sounded like someone was throwing rocks at the car,”", "direct", "she", "Nguyen Thi Lan",
          speaker_at="she said"),
        Q("“The kids were screaming. The back window just exploded.”", "direct", "she", "Nguyen Thi Lan",
          speaker_at="she said"),
        Q("crews would work through the night", "indirect", "Danny Vo", "Danny Vo"),
        Q("some customers could be without power until the weekend", "indirect", "Danny Vo", "Danny Vo"),
        Q("“Some of the damage to the network is significant, with more than 200 lines down,”", "direct", "he",
          "Danny Vo", speaker_at="he said"),
        Q("“as quickly as possible”", "partial", "Ben Tuiasosopo", "Ben Tuiasosopo"),
        Q("“in the tens of millions at least”", "partial", "Marcus Lindqvist", "Marcus Lindqvist"),
        Q("more storms were possible on Thursday, particularly in the Lockyer Valley and Scenic Rim", "indirect",
          "The bureau", "Bureau of Meteorology"),
    ]),
    Case("blind23-nzherald-rugby", """Blues break Crusaders hoodoo with gritty win at Eden Park

The Blues have finally snapped their losing run against the Crusaders, holding on for a 31-24 win in front of 34,000 fans at Eden Park last night.

First five-eighth Tamati Te Whare-Ngata kicked 16 points, including a nerveless penalty from near halfway in the 76th minute, as the home side claimed their first win over the Christchurch franchise in more than three years.

“It’s massive for us,” Te Whare-Ngata said. “We’ve copped a lot of stick over the years about this fixture, and rightly so. Tonight the boys just refused to go away.”

The Crusaders led 17-10 at halftime after tries to wing Isaac Leota-Young and hooker Josh McAllister-Bain, and looked in control until Crusaders captain Will Harnett was shown a yellow card for a high tackle early in the second half.

Blues coach Hemi Pōtae said his team had talked all week about winning the collisions.

“We knew if we let them get on the front foot they’d carve us up,” he said. “We fronted physically and I’m really proud of that.”

Pōtae confirmed No 8 Fetu’u Vainikolo had suffered a hamstring strain and was unlikely to play next week.

Crusaders coach Brendon Ashby did not hide his frustration with the yellow card, which he described as “harsh”.

“It’s a big call to make at that stage of the game,” Ashby told Sky Sport. “But we’re not going to blame the referee. We made too many errors, and you can’t do that at Eden Park.”

Harnett later apologised to his teammates on social media, writing that he had “let the boys down”.

According to New Zealand Rugby, the crowd was the largest for a regular-season Super Rugby Pacific match in Auckland since 2019.

The Blues travel to Suva to face the Fijian Drua next Saturday, while the Crusaders host the Chiefs in Christchurch.""", [
        Q("“It’s massive for us,”", "direct", "Te Whare-Ngata", "Tamati Te Whare-Ngata",
          speaker_at="Te Whare-Ngata said"),
        Q("“We’ve copped a lot of stick over the years about this fixture, and rightly so. Tonight the boys just refused "
          "to go away.”", "direct", "Te Whare-Ngata", "Tamati Te Whare-Ngata", speaker_at="Te Whare-Ngata said"),
        Q("his team had talked all week about winning the collisions", "indirect", "Hemi Pōtae", "Hemi Pōtae"),
        Q("“We knew if we let them get on the front foot they’d carve us up,”", "direct", "he", "Hemi Pōtae",
          speaker_at="he said"),
        Q("“We fronted physically and I’m really proud of that.”", "direct", "he", "Hemi Pōtae", speaker_at="he said"),
        Q("No 8 Fetu’u Vainikolo had suffered a hamstring strain and was unlikely to play next week", "indirect",
          "Pōtae", "Hemi Pōtae", speaker_at="Pōtae confirmed"),
        Q("“harsh”", "partial", "he", "Brendon Ashby", speaker_at="which he described"),
        Q("“It’s a big call to make at that stage of the game,”", "direct", "Ashby", "Brendon Ashby",
          speaker_at="Ashby told"),
        Q("“But we’re not going to blame the referee. We made too many errors, and you can’t do that at Eden Park.”",
          "direct", "Ashby", "Brendon Ashby", speaker_at="Ashby told"),
        Q("“let the boys down”", "partial", "Harnett", "Will Harnett", speaker_at="Harnett later"),
        Q("the crowd was the largest for a regular-season Super Rugby Pacific match in Auckland since 2019", "indirect",
          "New Zealand Rugby", "New Zealand Rugby"),
    ]),
    Case("blind23-calgaryherald-explosion", """Gas explosion levels home in Taradale; two taken to hospital

Two people were taken to hospital and dozens of residents were forced from their homes after a suspected natural gas explosion destroyed a house in the northeast community of Taradale on Monday evening.

The blast, just before 6:30 p.m., was heard several kilometres away and sent debris onto cars and lawns along Taralake Way.

Calgary Fire Department Deputy Chief Marc-André Tremblay said crews arrived to find the two-storey home "fully involved" and flames spreading to houses on either side.

"When you see a house that's essentially been flattened, you prepare for the worst," Tremblay told reporters at the scene. "We're very fortunate that the two occupants were able to get out."

A man in his 50s was taken to Foothills Medical Centre in serious but stable condition, and a woman in her 40s was treated for minor injuries, according to Alberta Health Services EMS.

Neighbour Harjit Sandhu said the explosion shook his house "like an earthquake."

"I ran outside and there was debris everywhere, insulation, pieces of siding, glass," he said. "My neighbour's car had a window blown out."

ATCO crews shut off gas to about 40 homes in the area. An ATCO spokesperson said the company was working with the fire department to determine the cause and that there had been no reports of a gas odour on the street before the explosion.

Ward 5 Coun. Navdeep Brar said the city had opened a reception centre at the Genesis Centre for displaced families. "People are shaken. Some of them left with nothing but the clothes they were wearing," he said Tuesday morning.

The Canadian Red Cross said it was helping 14 families with emergency accommodation.

Residents who gathered behind the police tape said the street had been evacuated for more than four hours. Some were allowed back late Monday night; others spent the night with relatives.

Tremblay said investigators would remain at the site overnight, but that it was "far too early" to say what caused the blast.""", [
        Q('"fully involved"', "partial", "Marc-André Tremblay", "Marc-André Tremblay"),
        Q('"When you see a house that\'s essentially been flattened, you prepare for the worst,"', "direct", "Tremblay",
          "Marc-André Tremblay", speaker_at="Tremblay told reporters"),
        Q('"We\'re very fortunate that the two occupants were able to get out."', "direct", "Tremblay",
          "Marc-André Tremblay", speaker_at="Tremblay told reporters"),
        Q("A man in his 50s was taken to Foothills Medical Centre in serious but stable condition, and a woman in her "
          "40s was treated for minor injuries", "indirect", "Alberta Health Services EMS", "Alberta Health Services"),
        Q('"like an earthquake."', "partial", "Harjit Sandhu", "Harjit Sandhu"),
        Q('"I ran outside and there was debris everywhere, insulation, pieces of siding, glass,"', "direct", "he",
          "Harjit Sandhu", speaker_at='glass," he said'),
        Q('"My neighbour\'s car had a window blown out."', "direct", "he", "Harjit Sandhu",
          speaker_at='glass," he said'),
        Q("the company was working with the fire department to determine the cause", "indirect",
          "An ATCO spokesperson", None),
        Q("there had been no reports of a gas odour on the street before the explosion", "indirect",
          "An ATCO spokesperson", None),
        Q("the city had opened a reception centre at the Genesis Centre for displaced families", "indirect",
          "Navdeep Brar", "Navdeep Brar"),
        Q('"People are shaken. Some of them left with nothing but the clothes they were wearing,"', "direct", "he",
          "Navdeep Brar", speaker_at="he said Tuesday morning"),
        Q("it was helping 14 families with emergency accommodation", "indirect", "The Canadian Red Cross",
          "Canadian Red Cross"),
        Q("the street had been evacuated for more than four hours", "indirect",
          "Residents who gathered behind the police tape", None),
        Q("investigators would remain at the site overnight", "indirect", "Tremblay", "Marc-André Tremblay",
          speaker_at="Tremblay said investigators"),
        Q('"far too early"', "partial", "Tremblay", "Marc-André Tremblay", speaker_at="Tremblay said investigators"),
    ]),
    Case("blind23-eastafrican-ebola", """Tanzania isolates suspected Ebola cases as Kagera steps up border screening

Tanzania has isolated three people suspected of having Ebola in the north-western region of Kagera, health officials said on Tuesday, as authorities stepped up screening along the border with Uganda following an outbreak there.

Health Minister Dr Neema Kiwelu told parliament in Dodoma that samples had been sent to the National Public Health Laboratory and that results were expected within 48 hours.

“There is no confirmed case of Ebola in Tanzania at this moment,” the minister said. “I urge the public to remain calm, to avoid rumours on social media and to report anyone with symptoms to the nearest health facility.”

The three — a truck driver and two members of his family — were admitted to an isolation unit at Bukoba Regional Referral Hospital after the driver developed a fever and bleeding following a trip to Kampala, according to the regional medical officer, Dr Zuberi Mwakyusa.

Dr Mwakyusa said 27 contacts had been identified and were being monitored. “We are not taking any chances. Our rapid response teams have been on alert since Uganda declared the outbreak,” he told The EastAfrican by phone.

Uganda’s Ministry of Health last week confirmed an outbreak of the Sudan strain of the virus, for which there is no approved vaccine. At least 11 people have died there.

At the Mutukula border post, traders complained of long queues. “Every lorry is stopped, every passenger is checked. We understand, but business is suffering,” said Hamisi Kato, who sells maize flour on both sides of the border.

The World Health Organization’s country representative, Dr Fatuma Abdallah Said, said the agency had deployed epidemiologists to Kagera and was supplying protective equipment to health workers. She praised the government’s “swift and transparent” response.

The Africa Centres for Disease Control and Prevention said in a statement that the risk of regional spread was “high” and urged member states to strengthen surveillance at border crossings.

Kenya’s health ministry said it had also heightened screening at the Namanga and Isebania crossings and at Jomo Kenyatta International Airport in Nairobi.""", [
        Q("Tanzania has isolated three people suspected of having Ebola in the north-western region of Kagera",
          "indirect", "health officials", None),
        Q("samples had been sent to the National Public Health Laboratory and that results were expected within 48 "
          "hours", "indirect", "Neema Kiwelu", "Neema Kiwelu"),
        Q("“There is no confirmed case of Ebola in Tanzania at this moment,”", "direct", "the minister", "Neema Kiwelu"),
        Q("“I urge the public to remain calm, to avoid rumours on social media and to report anyone with symptoms to "
          "the nearest health facility.”", "direct", "the minister", "Neema Kiwelu"),
        Q("The three — a truck driver and two members of his family — were admitted to an isolation unit at Bukoba "
          "Regional Referral Hospital after the driver developed a fever and bleeding following a trip to Kampala",
          "indirect", "Zuberi Mwakyusa", "Zuberi Mwakyusa"),
        Q("27 contacts had been identified and were being monitored", "indirect", "Mwakyusa", "Zuberi Mwakyusa",
          speaker_at="Dr Mwakyusa said"),
        Q("“We are not taking any chances. Our rapid response teams have been on alert since Uganda declared the "
          "outbreak,”", "direct", "he", "Zuberi Mwakyusa", speaker_at="he told The EastAfrican"),
        Q("“Every lorry is stopped, every passenger is checked. We understand, but business is suffering,”", "direct",
          "Hamisi Kato", "Hamisi Kato"),
        Q("the agency had deployed epidemiologists to Kagera and was supplying protective equipment to health workers",
          "indirect", "Fatuma Abdallah Said", "Fatuma Abdallah Said"),
        Q("“swift and transparent”", "partial", "She", "Fatuma Abdallah Said", speaker_at="She praised"),
        Q("“high”", "partial", "The Africa Centres for Disease Control and Prevention",
          "Africa Centres for Disease Control and Prevention"),
        Q("it had also heightened screening at the Namanga and Isebania crossings and at Jomo Kenyatta International "
          "Airport in Nairobi", "indirect", "Kenya’s health ministry", None),
    ]),
    Case("blind23-premiumtimes-trial", """Election violence: Court hears how thugs stormed Ikorodu polling unit as ex-council chairman’s trial opens

A Federal High Court in Lagos on Monday heard how armed thugs allegedly stormed a polling unit in Ikorodu and set ballot boxes ablaze during the 2023 governorship election, as the trial of a former local government chairman began.

The defendant, Chief Olumide Adeyemi-Cole, is standing trial on a seven-count charge including conspiracy, illegal possession of firearms and disruption of an election, contrary to the Electoral Act 2022. He pleaded not guilty to all the counts.

The first prosecution witness, Ifeoma Nwachukwu, a corps member who served as presiding officer at the polling unit, told the court that about 15 men arrived on motorcycles shortly after accreditation began.

“They were shouting and shooting into the air. One of them pointed a gun at me and asked me to lie down,” she said, fighting back tears. “I lay on the ground and watched them pour petrol on the ballot boxes.”

Under cross-examination by defence counsel Babatunde Ogunleye, a Senior Advocate of Nigeria, Ms Nwachukwu admitted that she did not see the defendant at the scene.

“So you cannot tell this court that my client sent anybody to that polling unit?” Mr Ogunleye asked.

“I did not see him, my lord,” the witness replied.

Speaking to journalists after the proceedings, the prosecuting counsel, Aminu Sani Dan-Musa, said the prosecution would call 11 witnesses, including two police officers who recovered weapons from the defendant’s residence. “We have a strong case and we are ready to prove every count,” he said.

The trial judge, Justice Halima Abdulkadir-Bello, cautioned lawyers on both sides against what she called “trial by social media” and adjourned the matter until 14 May.

PREMIUM TIMES had reported in March 2023 that at least three voters were injured in the attack and that the results from the unit were cancelled by the Independent National Electoral Commission (INEC).

The Centre for Democratic Accountability, a civic group that monitored the election, said the case was “a test” of whether sponsors of electoral violence could be held to account.

“For too long, the people who pay the thugs have walked free while the boys on motorcycles go to prison,” the group’s programmes director, Chinedu Obi, said outside the court.""", [
        Q("about 15 men arrived on motorcycles shortly after accreditation began", "indirect", "Ifeoma Nwachukwu",
          "Ifeoma Nwachukwu"),
        Q("“They were shouting and shooting into the air. One of them pointed a gun at me and asked me to lie down,”",
          "direct", "she", "Ifeoma Nwachukwu", speaker_at="she said, fighting"),
        Q("“I lay on the ground and watched them pour petrol on the ballot boxes.”", "direct", "she",
          "Ifeoma Nwachukwu", speaker_at="she said, fighting"),
        Q("she did not see the defendant at the scene", "indirect", "Nwachukwu", "Ifeoma Nwachukwu",
          speaker_at="Ms Nwachukwu admitted"),
        Q("“So you cannot tell this court that my client sent anybody to that polling unit?”", "direct", "Ogunleye",
          "Babatunde Ogunleye", speaker_at="Mr Ogunleye asked"),
        Q("“I did not see him, my lord,”", "direct", "the witness", "Ifeoma Nwachukwu"),
        Q("the prosecution would call 11 witnesses, including two police officers who recovered weapons from the "
          "defendant’s residence", "indirect", "Aminu Sani Dan-Musa", "Aminu Sani Dan-Musa"),
        Q("“We have a strong case and we are ready to prove every count,”", "direct", "he", "Aminu Sani Dan-Musa",
          speaker_at="count,” he said"),
        Q("“trial by social media”", "partial", "she", "Halima Abdulkadir-Bello", speaker_at="what she called"),
        Q("at least three voters were injured in the attack", "indirect", "PREMIUM TIMES", "PREMIUM TIMES"),
        Q("the results from the unit were cancelled by the Independent National Electoral Commission (INEC)",
          "indirect", "PREMIUM TIMES", "PREMIUM TIMES"),
        Q("“a test”", "partial", "The Centre for Democratic Accountability", "Centre for Democratic Accountability"),
        Q("“For too long, the people who pay the thugs have walked free while the boys on motorcycles go to prison,”",
          "direct", "Chinedu Obi", "Chinedu Obi"),
    ]),
    Case("blind23-mg-miners", """Kgosi Platinum strike drags on as wage talks collapse

RUSTENBURG — More than 9 000 workers at Kgosi Platinum's Rustenburg operations stayed away for a 17th day on Monday after wage talks at the Commission for Conciliation, Mediation and Arbitration (CCMA) collapsed late last week.

The Association of Mineworkers and Construction Union (Amcu), which represents about 70% of the workforce, is demanding a basic monthly wage of R14 000 for entry-level underground workers, up from about R11 200. The company has offered increases of 6% a year over three years.

"We are not asking for luxury. We are asking to be able to feed our families," Amcu's regional chairperson, Mzwandile Dlamini-Khoza, told the Mail & Guardian at a rally at the Wonderkop stadium. "If we go back now," he said, "we go back with nothing."

Kgosi spokesperson Elna van der Merwe said the union's demand was "simply unaffordable" with the platinum price near a five-year low.

"Every day of this strike costs the company about R45-million in lost revenue, and that is money that could have gone into wages and jobs," she said. "We remain committed to finding a solution at the negotiating table."

Van der Merwe said the company had not ruled out retrenchments at two loss-making shafts if the strike continued into next month.

The CCMA confirmed that the parties had failed to reach agreement and said it would convene fresh talks "as soon as both sides indicate a willingness to move".

The strike has been largely peaceful, although police fired rubber bullets to disperse a group of protesters who blocked the R510 on Friday. North West police spokesperson Colonel Adele Pretorius said four people had been arrested for public violence.

For many workers, the stay-away has been a struggle. Lerato Sebego, a winch operator with 11 years at the company, said she had borrowed money from a mashonisa to pay her children's school fees.

"It is hard, but what we earn is not enough anyway. Our children must eat whether we are working or striking," she said.

Mining analyst Hannes du Plessis said the longer the strike dragged on, the weaker the union's hand became. "The company has stockpiles. The workers do not," he said.

The 2014 platinum strike, which lasted five months and is the subject of the documentary "Five Months Underground", still looms large in the area.""", [
        Q('"We are not asking for luxury. We are asking to be able to feed our families,"', "direct",
          "Mzwandile Dlamini-Khoza", "Mzwandile Dlamini-Khoza"),
        Q('"If we go back now,"', "direct", "he", "Mzwandile Dlamini-Khoza", speaker_at='now," he said'),
        Q('"we go back with nothing."', "direct", "he", "Mzwandile Dlamini-Khoza", speaker_at='now," he said'),
        Q('"simply unaffordable"', "partial", "Elna van der Merwe", "Elna van der Merwe"),
        Q('"Every day of this strike costs the company about R45-million in lost revenue, and that is money that could '
          'have gone into wages and jobs,"', "direct", "she", "Elna van der Merwe", speaker_at='jobs," she said'),
        Q('"We remain committed to finding a solution at the negotiating table."', "direct", "she",
          "Elna van der Merwe", speaker_at='jobs," she said'),
        Q("the company had not ruled out retrenchments at two loss-making shafts if the strike continued into next "
          "month", "indirect", "Van der Merwe", "Elna van der Merwe"),
        Q("the parties had failed to reach agreement", "indirect", "The CCMA",
          "Commission for Conciliation, Mediation and Arbitration"),
        Q('"as soon as both sides indicate a willingness to move"', "partial", "The CCMA",
          "Commission for Conciliation, Mediation and Arbitration"),
        Q("four people had been arrested for public violence", "indirect", "Adele Pretorius", "Adele Pretorius"),
        Q("she had borrowed money from a mashonisa to pay her children's school fees", "indirect", "Lerato Sebego",
          "Lerato Sebego"),
        Q('"It is hard, but what we earn is not enough anyway. Our children must eat whether we are working or '
          'striking,"', "direct", "she", "Lerato Sebego", speaker_at='striking," she said'),
        Q("the longer the strike dragged on, the weaker the union's hand became", "indirect", "Hannes du Plessis",
          "Hannes du Plessis"),
        Q('"The company has stockpiles. The workers do not,"', "direct", "he", "Hannes du Plessis",
          speaker_at='not," he said'),
    ]),
    Case("blind23-namibian-fraud", """Regional council tender fraud trial kicks off

THE trial of a former chief regional officer and three businesspeople accused of defrauding the //Kharas Regional Council of N$39 million through inflated road-maintenance tenders started in the Windhoek High Court yesterday.

Former chief regional officer Josephat Katjiuongua (58), contractor Ndeshipanda Amukoto-Nghipandulwa (44), her husband Frederick Nghipandulwa (47) and Keetmanshoop businessman Pieter-Jan Cloete (39) face 23 charges, including fraud, corruption, money laundering and contravening the Public Procurement Act.

All four pleaded not guilty before Judge Hannelie Prinsloo.

In her opening address, deputy prosecutor-general Ethel Mbako told the court the State would prove that the accused had "acted together in a common purpose" to channel public money into companies they controlled.

"The evidence will show that the same three companies won every road tender in the region between 2017 and 2020, and that in most cases they were the only bidders," Mbako said.

She said the State intended to call 46 witnesses, among them investigators from the Anti-Corruption Commission (ACC) and the Financial Intelligence Centre.

Katjiuongua's lawyer, Jan Swart, said his client had followed procurement rules and had "never received a cent" from any contractor. He described the case against his client as "built on assumptions, not evidence".

Amukoto-Nghipandulwa, who is out on bail of N$100 000, told The Namibian outside court that she was looking forward to clearing her name. "I have waited four years for this day," she said.

The first witness, former council procurement clerk Selma Nangolo, testified that she had been instructed to "fast-track" certain invoices.

"Mr Katjiuongua would come to my office and say these ones must be paid by Friday," Nangolo said. "I did not ask questions. He was the boss."

The judge postponed the matter to today for cross-examination.

ACC spokesperson Josua Kaxuxuena said the commission welcomed the start of the trial, which followed an investigation that began in 2019. "Delays in these matters erode public confidence in the fight against corruption," he said.

Activists from several civil society groups held a silent picket outside the court throughout the day.""", [
        Q('"acted together in a common purpose"', "partial", "Ethel Mbako", "Ethel Mbako"),
        Q('"The evidence will show that the same three companies won every road tender in the region between 2017 and '
          '2020, and that in most cases they were the only bidders,"', "direct", "Mbako", "Ethel Mbako",
          speaker_at="Mbako said"),
        Q("the State intended to call 46 witnesses, among them investigators from the Anti-Corruption Commission (ACC) "
          "and the Financial Intelligence Centre", "indirect", "She", "Ethel Mbako", speaker_at="She said the State"),
        Q("his client had followed procurement rules", "indirect", "Jan Swart", "Jan Swart"),
        Q('"never received a cent"', "partial", "Jan Swart", "Jan Swart"),
        Q('"built on assumptions, not evidence"', "partial", "He", "Jan Swart", speaker_at="He described"),
        Q("she was looking forward to clearing her name", "indirect", "Amukoto-Nghipandulwa",
          "Ndeshipanda Amukoto-Nghipandulwa", speaker_at="Amukoto-Nghipandulwa, who is out"),
        Q('"I have waited four years for this day,"', "direct", "she", "Ndeshipanda Amukoto-Nghipandulwa",
          speaker_at='day," she said'),
        Q('"fast-track"', "partial", "Selma Nangolo", "Selma Nangolo"),
        Q('"Mr Katjiuongua would come to my office and say these ones must be paid by Friday,"', "direct", "Nangolo",
          "Selma Nangolo", speaker_at="Nangolo said"),
        Q('"I did not ask questions. He was the boss."', "direct", "Nangolo", "Selma Nangolo",
          speaker_at="Nangolo said"),
        Q("the commission welcomed the start of the trial, which followed an investigation that began in 2019",
          "indirect", "Josua Kaxuxuena", "Josua Kaxuxuena"),
        Q('"Delays in these matters erode public confidence in the fight against corruption,"', "direct", "he",
          "Josua Kaxuxuena", speaker_at='corruption," he said'),
    ]),
    Case("blind23-national-gallery", """Sharjah’s Dar Al Nakhla gallery reopens after three-year restoration

One of Sharjah’s oldest private art spaces reopened its doors on Wednesday evening after a three-year, Dh28 million restoration that has returned the 1920s coral-stone merchant’s house to something close to its original form.

Dar Al Nakhla, in the heart of the emirate’s heritage area, was inaugurated by Sheikha Maryam bint Saif Al Nuaimi, chairwoman of the gallery’s board of trustees, in front of about 300 guests including artists, diplomats and collectors.

“This house has always belonged to the people of Sharjah, and to every artist who has passed through its courtyard,” Sheikha Maryam said. “Our mission is to make sure it stays that way for the next hundred years.”

The building, which first opened as a gallery in 1987, closed in 2021 after engineers found serious damage to its wind towers and timber ceilings. Restoration architect Dr Layla El-Khoury, who led the project, said her team had used traditional materials wherever possible, including gypsum, coral stone and mangrove poles brought from East Africa.

“We didn’t want to make it look new,” Dr El-Khoury told The National. “We wanted it to look cared for. There is a big difference.”

The reopening exhibition, “Tides of Memory”, brings together 40 works by artists from the Gulf, South Asia and North Africa.

Emirati photographer Ahmed bin Hamdan Al Suwaidi, whose series on Khor Fakkan fishermen is among the highlights, said he first exhibited at the gallery as a 19-year-old student. “Back then there were maybe five of us showing work in Sharjah. Now there is a whole generation,” he said.

The Filipino-Emirati muralist known simply as Rezza, who painted a large work on the courtyard’s eastern wall, described the invitation as “the honour of my life”.

According to the Sharjah Museums Authority, cultural attractions in the emirate received more than 1.2 million visitors last year, an increase of 18 per cent.

The gallery’s director, Omar Hassan Al Marzouqi, said admission would be free for the first month. Asked about long-awaited plans for a rooftop cafe, he smiled: “Patience. One restoration at a time.”

“Tides of Memory” runs until March 30. Dar Al Nakhla is open daily except Mondays from 10am to 8pm.""", [
        Q("“This house has always belonged to the people of Sharjah, and to every artist who has passed through its "
          "courtyard,”", "direct", "Maryam", "Maryam bint Saif Al Nuaimi", speaker_at="Sheikha Maryam said"),
        Q("“Our mission is to make sure it stays that way for the next hundred years.”", "direct", "Maryam",
          "Maryam bint Saif Al Nuaimi", speaker_at="Sheikha Maryam said"),
        Q("her team had used traditional materials wherever possible, including gypsum, coral stone and mangrove poles "
          "brought from East Africa", "indirect", "Layla El-Khoury", "Layla El-Khoury"),
        Q("“We didn’t want to make it look new,”", "direct", "El-Khoury", "Layla El-Khoury",
          speaker_at="Dr El-Khoury told"),
        Q("“We wanted it to look cared for. There is a big difference.”", "direct", "El-Khoury", "Layla El-Khoury",
          speaker_at="Dr El-Khoury told"),
        Q("he first exhibited at the gallery as a 19-year-old student", "indirect", "Ahmed bin Hamdan Al Suwaidi",
          "Ahmed bin Hamdan Al Suwaidi"),
        Q("“Back then there were maybe five of us showing work in Sharjah. Now there is a whole generation,”", "direct",
          "he", "Ahmed bin Hamdan Al Suwaidi", speaker_at="generation,” he said"),
        Q("“the honour of my life”", "partial", "Rezza", "Rezza"),
        Q("cultural attractions in the emirate received more than 1.2 million visitors last year, an increase of 18 per "
          "cent", "indirect", "the Sharjah Museums Authority", "Sharjah Museums Authority"),
        Q("admission would be free for the first month", "indirect", "Omar Hassan Al Marzouqi",
          "Omar Hassan Al Marzouqi"),
        Q("“Patience. One restoration at a time.”", "direct", "he", "Omar Hassan Al Marzouqi",
          speaker_at="he smiled"),
    ]),
    Case("blind23-borneopost-heatwave", """Schools told to halt outdoor activities as Sarawak swelters

KUCHING: Schools across Sarawak have been told to suspend outdoor activities, including assemblies and physical education lessons, until further notice as temperatures climbed above 37 degrees Celsius in several districts yesterday.

State Education Department director Dr Azhar bin Ismail said the directive, issued on Monday night, applied to all 1,460 government and government-aided schools in the state.

"The safety and health of our pupils is our main priority. Headmasters are reminded to make sure children have access to clean drinking water at all times," he said in a statement.

The Malaysian Meteorological Department (MetMalaysia) has placed Kapit, Song, Bintulu and Sri Aman under a Level 2 heatwave alert, meaning maximum daily temperatures of between 37 and 40 degrees Celsius for at least three consecutive days.

According to MetMalaysia, the hot and dry spell is expected to last until the end of the month due to the El Nino phenomenon.

Deputy Minister for Public Health Datuk Dr Jamit anak Ladi said hospitals in the state had recorded 23 cases of heat exhaustion since the beginning of the month, including two cases of heatstroke involving farmers in Kanowit.

"Please avoid working outdoors between 11am and 3pm, drink plenty of water and seek treatment immediately if you feel dizzy or nauseous," Jamit said when met after an event in Sibu.

In Kapit, longhouse residents said rivers had dropped so low that longboats could no longer reach some villages upriver.

"Our pepper vines are drying up. If there is no rain by next week, we will lose half the harvest," said farmer Nyalau anak Jimbun, 52, from Rumah Nyalau near Song.

In Miri, Wong Siew Ling, who runs a drinks stall near the Tamu Muhibbah market, said business had never been better but she was worried about her elderly mother, who lives alone.

A spokesperson for the Kuching Water Board said supply remained stable but urged consumers not to waste water on washing cars or watering gardens.

The Sarawak Fire and Rescue Department, meanwhile, said it had recorded 87 bush and peat fires in the past week, mostly in Miri and Mukah. It reminded the public that open burning is an offence under the Environmental Quality Act 1974.""", [
        Q("the directive, issued on Monday night, applied to all 1,460 government and government-aided schools in the "
          "state", "indirect", "Azhar bin Ismail", "Azhar bin Ismail"),
        Q('"The safety and health of our pupils is our main priority. Headmasters are reminded to make sure children '
          'have access to clean drinking water at all times,"', "direct", "he", "Azhar bin Ismail",
          speaker_at="he said in a statement"),
        Q("the hot and dry spell is expected to last until the end of the month due to the El Nino phenomenon",
          "indirect", "MetMalaysia", "Malaysian Meteorological Department", speaker_at="According to MetMalaysia"),
        Q("hospitals in the state had recorded 23 cases of heat exhaustion since the beginning of the month, including "
          "two cases of heatstroke involving farmers in Kanowit", "indirect", "Jamit anak Ladi", "Jamit anak Ladi"),
        Q('"Please avoid working outdoors between 11am and 3pm, drink plenty of water and seek treatment immediately if '
          'you feel dizzy or nauseous,"', "direct", "Jamit", "Jamit anak Ladi", speaker_at="Jamit said"),
        Q("rivers had dropped so low that longboats could no longer reach some villages upriver", "indirect",
          "longhouse residents", None),
        Q('"Our pepper vines are drying up. If there is no rain by next week, we will lose half the harvest,"',
          "direct", "Nyalau anak Jimbun", "Nyalau anak Jimbun"),
        Q("business had never been better but she was worried about her elderly mother, who lives alone", "indirect",
          "Wong Siew Ling", "Wong Siew Ling"),
        Q("supply remained stable", "indirect", "A spokesperson for the Kuching Water Board", None),
        Q("it had recorded 87 bush and peat fires in the past week, mostly in Miri and Mukah", "indirect",
          "The Sarawak Fire and Rescue Department", "Sarawak Fire and Rescue Department"),
        Q("open burning is an offence under the Environmental Quality Act 1974", "indirect", "It",
          "Sarawak Fire and Rescue Department", speaker_at="It reminded"),
    ]),
    Case("blind23-thenews-polio", """Two more polio cases confirmed in Bannu, virus found in Peshawar sewage

ISLAMABAD: Pakistan on Friday confirmed two new cases of wild poliovirus, both from Khyber Pakhtunkhwa's Bannu district, taking the country's tally for the year to nine, while environmental samples from Peshawar and Karachi also tested positive.

The cases, a 14-month-old girl from Domel tehsil and a three-year-old boy from Bannu city, were confirmed by the Regional Reference Laboratory for Polio Eradication at the National Institute of Health (NIH), officials said.

Neither child had received routine immunisation, according to the National Emergency Operations Centre (NEOC) for Polio Eradication.

"Every new case is a painful reminder that the virus will find any child who is left unprotected," said Dr Arshad Mehmood Chaudhry, the NEOC's national coordinator. "Parents must not let their children become victims of misinformation."

Dr Chaudhry told The News that refusals in parts of southern Khyber Pakhtunkhwa had risen sharply since last year, fuelled by rumours spread on social media and in some mosques. Security also remained a serious concern, he said, pointing out that two policemen guarding a vaccination team were killed in Lakki Marwat in March.

KP Health Minister Dr Sumbal Niazi-Khattak said a special vaccination drive would be launched in Bannu and Lakki Marwat next week, targeting around 600,000 children under the age of five.

"We will reach every house, even if our teams have to go door to door with police escorts," the minister said.

The WHO Representative in Pakistan, Dr Luo Jianping, said the programme had made "real progress" in Karachi and Quetta but warned that the southern KP corridor remained "the last major reservoir" of the virus.

Religious scholar Maulana Fazal Rabbi, who has joined several campaign events in Bannu, said the vaccine was "halal and safe" and urged fellow clerics to speak out against propaganda.

Some residents of Domel, however, said vaccination teams had not visited their neighbourhoods for months because of the security situation.

Pakistan and Afghanistan remain the only two countries where wild poliovirus is still endemic. Pakistan reported 74 cases in 2024.""", [
        Q("The cases, a 14-month-old girl from Domel tehsil and a three-year-old boy from Bannu city, were confirmed by "
          "the Regional Reference Laboratory for Polio Eradication at the National Institute of Health (NIH)",
          "indirect", "officials", None),
        Q("Neither child had received routine immunisation", "indirect",
          "the National Emergency Operations Centre (NEOC) for Polio Eradication",
          "National Emergency Operations Centre for Polio Eradication"),
        Q('"Every new case is a painful reminder that the virus will find any child who is left unprotected,"',
          "direct", "Arshad Mehmood Chaudhry", "Arshad Mehmood Chaudhry"),
        Q('"Parents must not let their children become victims of misinformation."', "direct",
          "Arshad Mehmood Chaudhry", "Arshad Mehmood Chaudhry"),
        Q("refusals in parts of southern Khyber Pakhtunkhwa had risen sharply since last year, fuelled by rumours spread "
          "on social media and in some mosques", "indirect", "Chaudhry", "Arshad Mehmood Chaudhry",
          speaker_at="Dr Chaudhry told"),
        Q("Security also remained a serious concern", "indirect", "he", "Arshad Mehmood Chaudhry",
          speaker_at="concern, he said"),
        Q("two policemen guarding a vaccination team were killed in Lakki Marwat in March", "indirect", "he",
          "Arshad Mehmood Chaudhry", speaker_at="concern, he said"),
        Q("a special vaccination drive would be launched in Bannu and Lakki Marwat next week, targeting around 600,000 "
          "children under the age of five", "indirect", "Sumbal Niazi-Khattak", "Sumbal Niazi-Khattak"),
        Q('"We will reach every house, even if our teams have to go door to door with police escorts,"', "direct",
          "the minister", "Sumbal Niazi-Khattak"),
        Q('"real progress"', "partial", "Luo Jianping", "Luo Jianping"),
        Q('"the last major reservoir"', "partial", "Luo Jianping", "Luo Jianping"),
        Q('"halal and safe"', "partial", "Fazal Rabbi", "Fazal Rabbi"),
        Q("vaccination teams had not visited their neighbourhoods for months because of the security situation",
          "indirect", "Some residents of Domel", None),
    ]),
    Case("blind23-weekly-runoff", """Runoffs set for Tucker council seat, state Senate District 44

Tucker voters will head back to the polls Dec. 5 to settle a City Council race and a state Senate seat after no candidate cleared 50 percent in the Nov. 7 general election.

In the District 2, Post 1 council race, retired schoolteacher María de los Ángeles Ortiz-Vega led a field of four with 44 percent of the vote, according to unofficial results from the DeKalb County Board of Registration and Elections. Small-business owner Derek Okafor-Jones finished second with 31 percent.

"I'm grateful, and I'm not taking a single vote for granted," Ortiz-Vega said Wednesday outside her campaign office on Main Street. "We're going to knock on every door again."

Okafor-Jones said he was confident his focus on road repairs and the stalled LaVista Road sidewalk project would carry him in the runoff. "People are tired of waiting. They see the potholes every morning," he said.

In the Senate District 44 race, two-term incumbent Sen. Gregory Van Horn, a Republican, finished just short of a majority with 48.6 percent. He will face Democrat Rev. Calvin T. Whitfield, senior pastor of Greater Mount Zion Baptist Church, who took 45 percent. A Libertarian candidate took the rest.

"This community has been knocking on the Capitol's door for a long time," Whitfield told supporters at a watch party Tuesday night. "On Dec. 5, we're going to open it."

Van Horn, in a statement released Wednesday, thanked his volunteers and said he looked forward to "a clean, issues-focused runoff."

Turnout in the city was just under 19 percent, which Amani Hart, a political science professor at Georgia State University, called "typical for an off-year, and bad news for whoever has the weaker ground game."

Early voting for both runoffs will be held Nov. 27 through Dec. 1 at the Tucker Recreation Center, county elections officials said. Voters who did not cast a ballot in November are still eligible to vote in the runoff as long as they were registered by the deadline.

"I vote every time, runoff or not. It's the only way they ever listen to us," said Shirley Dempsey, 71, a Smoke Rise resident who has lived in Tucker for four decades.""", [
        Q("retired schoolteacher María de los Ángeles Ortiz-Vega led a field of four with 44 percent of the vote",
          "indirect", "the DeKalb County Board of Registration and Elections",
          "DeKalb County Board of Registration and Elections"),
        Q('"I\'m grateful, and I\'m not taking a single vote for granted,"', "direct", "Ortiz-Vega",
          "María de los Ángeles Ortiz-Vega", speaker_at="Ortiz-Vega said Wednesday"),
        Q('"We\'re going to knock on every door again."', "direct", "Ortiz-Vega", "María de los Ángeles Ortiz-Vega",
          speaker_at="Ortiz-Vega said Wednesday"),
        Q("he was confident his focus on road repairs and the stalled LaVista Road sidewalk project would carry him in "
          "the runoff", "indirect", "Okafor-Jones", "Derek Okafor-Jones", speaker_at="Okafor-Jones said"),
        Q('"People are tired of waiting. They see the potholes every morning,"', "direct", "he", "Derek Okafor-Jones",
          speaker_at='morning," he said'),
        Q('"This community has been knocking on the Capitol\'s door for a long time,"', "direct", "Whitfield",
          "Calvin T. Whitfield", speaker_at="Whitfield told supporters"),
        Q('"On Dec. 5, we\'re going to open it."', "direct", "Whitfield", "Calvin T. Whitfield",
          speaker_at="Whitfield told supporters"),
        Q('"a clean, issues-focused runoff."', "partial", "Van Horn", "Gregory Van Horn",
          speaker_at="Van Horn, in a statement"),
        Q('"typical for an off-year, and bad news for whoever has the weaker ground game."', "partial", "Amani Hart",
          "Amani Hart"),
        Q("Early voting for both runoffs will be held Nov. 27 through Dec. 1 at the Tucker Recreation Center",
          "indirect", "county elections officials", None),
        Q('"I vote every time, runoff or not. It\'s the only way they ever listen to us,"', "direct",
          "Shirley Dempsey", "Shirley Dempsey"),
    ]),
]
