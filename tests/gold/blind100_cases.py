"""Blind gold set 100: short news articles from many outlets, written once.

Written without looking at the pretagger, its output or the other gold sets;
only the case format (gold_format.py) and the worked examples in
heldout_cases.py were read. Outlets: Newfoundland and Labrador papers,
Peruvian and Colombian English-language business news, Guam and Northern
Mariana Islands papers, and Dutch English-language outlets.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind100-nl-cod-quota", """Northern cod quota rises 10 per cent, but harvesters say it’s not enough

ST. JOHN’S, N.L. — The federal government will raise the commercial quota for northern cod by 10 per cent this year, federal Fisheries Minister Claudette Arsenault announced Wednesday, a decision that left harvesters on the northeast coast disappointed and scientists uneasy.

The total allowable catch for the stock, known as 2J3KL, will climb to 19,800 tonnes from 18,000 tonnes, according to Fisheries and Oceans Canada.

“This decision reflects the best available science and what we heard from harvesters, Indigenous groups and processors,” Arsenault said in a statement.

The union representing inshore harvesters had pushed for a far bigger increase. Fish, Food and Allied Workers president Derek Walsh said the stock had been growing for years and that the minister had “left money on the wharf.”

“Our members have watched cod come back in Bonavista Bay, in Notre Dame Bay, right up the Labrador coast,” Walsh told reporters outside Confederation Building. “They see it every day. They just can’t catch it.”

He said a harvester in Twillingate would earn about $4,000 more under the new quota, “which doesn’t cover a new engine, let alone a boat.”

The stock remains in the “cautious zone” of the department’s precautionary framework, well below levels seen before the 1992 moratorium.

Dr. Rebecca Pardy, a fisheries ecologist at Memorial University, said the increase was modest but not risk-free. “We are still talking about a stock that is a fraction of what it was,” she said. “Capelin, its main food, is not doing well, and that should make everyone careful.”

The Offshore Groundfish Association, which represents the larger trawler companies, said the decision was “balanced and defensible.”

Provincial Fisheries Minister Tom Kearley welcomed the increase but said the province would keep pressing for a larger share for inshore fleets. “It’s a step,” Kearley said, “and we’ll take it.”

Some harvesters were blunter. “Ten per cent of nothing is still nothing,” said Gordon Oake, who fishes out of Fogo Island with his two sons.

The new quota takes effect when the season opens in June, the department said.""", [
        Q("The federal government will raise the commercial quota for northern cod by 10 per cent this year",
          "indirect", "Claudette Arsenault", "Claudette Arsenault"),
        Q("The total allowable catch for the stock, known as 2J3KL, will climb to 19,800 tonnes from 18,000 tonnes",
          "indirect", "Fisheries and Oceans Canada", "Fisheries and Oceans Canada"),
        Q("“This decision reflects the best available science and what we heard from harvesters, Indigenous groups "
          "and processors,”", "direct", "Arsenault", "Claudette Arsenault", speaker_at="Arsenault said"),
        Q("the stock had been growing for years", "indirect", "Derek Walsh", "Derek Walsh"),
        Q("“left money on the wharf.”", "partial", "Derek Walsh", "Derek Walsh"),
        Q("“Our members have watched cod come back in Bonavista Bay, in Notre Dame Bay, right up the Labrador coast,”",
          "direct", "Walsh", "Derek Walsh", speaker_at="Walsh told"),
        Q("“They see it every day. They just can’t catch it.”", "direct", "Walsh", "Derek Walsh",
          speaker_at="Walsh told"),
        Q("a harvester in Twillingate would earn about $4,000 more under the new quota", "indirect", "He",
          "Derek Walsh", speaker_at="He said a harvester"),
        Q("“which doesn’t cover a new engine, let alone a boat.”", "partial", "He", "Derek Walsh",
          speaker_at="He said a harvester"),
        Q("the increase was modest but not risk-free", "indirect", "Rebecca Pardy", "Rebecca Pardy"),
        Q("“We are still talking about a stock that is a fraction of what it was,”", "direct", "she", "Rebecca Pardy",
          speaker_at="she said. “Capelin"),
        Q("“Capelin, its main food, is not doing well, and that should make everyone careful.”", "direct", "she",
          "Rebecca Pardy", speaker_at="she said. “Capelin"),
        Q("“balanced and defensible.”", "partial", "The Offshore Groundfish Association",
          "Offshore Groundfish Association"),
        Q("the province would keep pressing for a larger share for inshore fleets", "indirect", "Tom Kearley",
          "Tom Kearley"),
        Q("“It’s a step,”", "direct", "Kearley", "Tom Kearley", speaker_at="Kearley said"),
        Q("“and we’ll take it.”", "direct", "Kearley", "Tom Kearley", speaker_at="Kearley said"),
        Q("“Ten per cent of nothing is still nothing,”", "direct", "Gordon Oake", "Gordon Oake"),
        Q("The new quota takes effect when the season opens in June", "indirect", "the department",
          "Fisheries and Oceans Canada", speaker_at="the department said"),
    ], source="blind"),
    Case("blind100-nl-shrimp-plant", """Port au Choix shrimp plant won't reopen, leaving 140 without work

Coastline Seafoods says it will not reopen its shrimp plant in Port au Choix this season, putting about 140 people out of work in the Northern Peninsula town.

In a letter sent to employees Monday, the company said low shrimp quotas and rising costs had left it with no choice.

"This was an extremely difficult decision, and it was not made lightly," Coastline president Neil Tucker said in an interview with CBC News on Tuesday.

Tucker said the company had lost money at the plant for three straight years. "We kept it open as long as we could. The shrimp just isn't there anymore," he said.

Mayor Carla Gould said she found out about the closure on Facebook.

"Nobody called the town. Nobody called me," Gould said. "This plant is the heart of this community, and we had to read about it on social media."

According to Gould, about a third of the town's working-age residents work at the plant in a good year. She said many of them are in their 50s and 60s and would have a hard time finding other work.

Cheryl Spence has worked on the plant's peeling line for 26 years.

"I don't know what I'm going to do," she said. "My husband fishes, and now there's nowhere close to sell to."

The Fish, Food and Allied Workers union, which represents the plant workers, said the province had to step in. Union secretary-treasurer Dwayne Noseworthy said the province should attach conditions to the company's processing licence.

"They don't get to take the fish and just walk away," he said.

In a statement, the Department of Fisheries, Forestry and Agriculture said officials were reviewing the licence and would meet with the company in the coming days.

Local MHA Keith Penney, a Progressive Conservative, said he had asked for an emergency meeting with the fisheries minister. He called the closure "a gut punch to the whole peninsula."

The plant, which opened in 1989, once employed more than 300 people at the height of the northern shrimp fishery.""", [
        Q("it will not reopen its shrimp plant in Port au Choix this season", "indirect", "Coastline Seafoods",
          "Coastline Seafoods"),
        Q("low shrimp quotas and rising costs had left it with no choice", "indirect", "the company",
          "Coastline Seafoods", speaker_at="the company said low"),
        Q('"This was an extremely difficult decision, and it was not made lightly,"', "direct", "Neil Tucker",
          "Neil Tucker"),
        Q("the company had lost money at the plant for three straight years", "indirect", "Tucker", "Neil Tucker",
          speaker_at="Tucker said the company"),
        Q('"We kept it open as long as we could. The shrimp just isn\'t there anymore,"', "direct", "he",
          "Neil Tucker", speaker_at='anymore," he said'),
        Q("she found out about the closure on Facebook", "indirect", "Carla Gould", "Carla Gould"),
        Q('"Nobody called the town. Nobody called me,"', "direct", "Gould", "Carla Gould", speaker_at="Gould said."),
        Q('"This plant is the heart of this community, and we had to read about it on social media."', "direct",
          "Gould", "Carla Gould", speaker_at="Gould said."),
        Q("about a third of the town's working-age residents work at the plant in a good year", "indirect", "Gould",
          "Carla Gould", speaker_at="According to Gould"),
        Q("many of them are in their 50s and 60s and would have a hard time finding other work", "indirect", "She",
          "Carla Gould", speaker_at="She said many"),
        Q('"I don\'t know what I\'m going to do,"', "direct", "she", "Cheryl Spence", speaker_at='do," she said'),
        Q('"My husband fishes, and now there\'s nowhere close to sell to."', "direct", "she", "Cheryl Spence",
          speaker_at='do," she said'),
        Q("the province had to step in", "indirect", "The Fish, Food and Allied Workers union",
          "Fish, Food and Allied Workers"),
        Q("the province should attach conditions to the company's processing licence", "indirect",
          "Dwayne Noseworthy", "Dwayne Noseworthy"),
        Q('"They don\'t get to take the fish and just walk away,"', "direct", "he", "Dwayne Noseworthy",
          speaker_at='away," he said'),
        Q("officials were reviewing the licence and would meet with the company in the coming days", "indirect",
          "the Department of Fisheries, Forestry and Agriculture", "Department of Fisheries, Forestry and Agriculture"),
        Q("he had asked for an emergency meeting with the fisheries minister", "indirect", "Keith Penney",
          "Keith Penney"),
        Q('"a gut punch to the whole peninsula."', "partial", "He", "Keith Penney", speaker_at="He called"),
    ], source="blind"),
    Case("blind100-nl-housing-rally", """Hundreds rally at Confederation Building over housing crunch

Several hundred people marched through downtown St. John’s on Saturday and rallied on the steps of Confederation Building to protest a worsening housing shortage.

Organizers with the St. John’s Tenants’ Union said about 600 people took part. The Royal Newfoundland Constabulary did not give an estimate.

“We have nurses sleeping in their cars. We have seniors being renovicted after 30 years in the same apartment,” Ashley Kavanagh, one of the organizers, told the crowd.

“Rent has gone up 40 per cent in three years, and wages haven’t come close.

“So don’t tell us this is a market problem. It’s a political choice.”

The rally came a week after the province released its “Building Home” housing strategy, which promises 1,500 new units by 2028. Kavanagh called the plan “a press release with a price tag.”

Housing Minister Colin Brushett did not attend the rally. In an emailed statement, he said the province had doubled its rent supplement budget this year and was fast-tracking modular homes in Gander, Corner Brook and Happy Valley-Goose Bay.

“We understand the frustration, and we share it,” Brushett said.

According to the Canada Mortgage and Housing Corporation, the vacancy rate in the St. John’s area fell to 1.7 per cent last fall, the lowest in more than a decade.

Susan Tobin, director of the Gower Street Housing Coalition, said the number of people using the city’s emergency shelters had roughly doubled since 2022. “Every bed is full every night,” she said.

Coun. Meghan Whelan, who spoke briefly, said city council would vote next month on a bylaw to restrict short-term rentals. “Whole streets downtown are Airbnbs now,” Whelan said. “That has to stop.”

One woman watching from the sidewalk said her 28-year-old daughter still lives in her basement. “She has a good job. She just can’t find anywhere,” the woman said.

Kavanagh said the group would march again in October if the province does not freeze rents.""", [
        Q("about 600 people took part", "indirect", "Organizers with the St. John’s Tenants’ Union", None),
        Q("“We have nurses sleeping in their cars. We have seniors being renovicted after 30 years in the same "
          "apartment,”", "direct", "Ashley Kavanagh", "Ashley Kavanagh"),
        Q("“Rent has gone up 40 per cent in three years, and wages haven’t come close.", "direct", "Ashley Kavanagh",
          "Ashley Kavanagh"),
        Q("“So don’t tell us this is a market problem. It’s a political choice.”", "direct", "Ashley Kavanagh",
          "Ashley Kavanagh"),
        Q("“a press release with a price tag.”", "partial", "Kavanagh", "Ashley Kavanagh",
          speaker_at="Kavanagh called"),
        Q("the province had doubled its rent supplement budget this year and was fast-tracking modular homes in "
          "Gander, Corner Brook and Happy Valley-Goose Bay", "indirect", "he", "Colin Brushett",
          speaker_at="he said the province"),
        Q("“We understand the frustration, and we share it,”", "direct", "Brushett", "Colin Brushett",
          speaker_at="Brushett said"),
        Q("the vacancy rate in the St. John’s area fell to 1.7 per cent last fall, the lowest in more than a decade",
          "indirect", "the Canada Mortgage and Housing Corporation", "Canada Mortgage and Housing Corporation"),
        Q("the number of people using the city’s emergency shelters had roughly doubled since 2022", "indirect",
          "Susan Tobin", "Susan Tobin"),
        Q("“Every bed is full every night,”", "direct", "she", "Susan Tobin", speaker_at="night,” she said"),
        Q("city council would vote next month on a bylaw to restrict short-term rentals", "indirect", "Meghan Whelan",
          "Meghan Whelan"),
        Q("“Whole streets downtown are Airbnbs now,”", "direct", "Whelan", "Meghan Whelan", speaker_at="Whelan said"),
        Q("“That has to stop.”", "direct", "Whelan", "Meghan Whelan", speaker_at="Whelan said"),
        Q("her 28-year-old daughter still lives in her basement", "indirect", "One woman watching from the sidewalk",
          None),
        Q("“She has a good job. She just can’t find anywhere,”", "direct", "the woman", None),
        Q("the group would march again in October if the province does not freeze rents", "indirect", "Kavanagh",
          "Ashley Kavanagh", speaker_at="Kavanagh said the group"),
    ], source="blind"),
    Case("blind100-pe-gold-blockade", """Blockade halts output at La Libertad gold mine as communities demand water guarantees

LIMA – Residents of highland communities in Peru's La Libertad region have blocked the main access road to the Cerro Huaylillas gold mine for a ninth straight day, forcing operator Minera Andes del Norte to suspend production, the company said Monday.

The Lima-listed miner said in a filing with the securities regulator SMV that the stoppage was costing it about 4,200 ounces of gold a week and that it had withdrawn its 2025 production guidance.

"We remain open to dialogue, but we cannot negotiate while our workers are prevented from reaching the site," CEO Javier Salazar Montoya told analysts on a conference call.

Around 800 people from the Chuquisongo and Pampa Alta peasant communities have camped at the Huaylillas pass since April 2, according to Peru's Ombudsman's Office, which lists the dispute among 212 active social conflicts nationwide.

Community leaders say a planned expansion of the open pit will dry up springs that feed their potato fields and cattle pastures. "The company talks about water studies. We talk about the water we drink," said Teodoro Chávez, president of the Chuquisongo community. "We are not leaving until the state signs a guarantee."

Chávez said the communities also wanted a larger share of the mine's royalties to be spent locally.

The Ministry of Energy and Mines said it had sent a high-level commission to Huamachuco to set up a "dialogue table" and urged protesters to allow "free transit" on the road.

Vice Minister of Mines Rosa Elena Quispe told state news agency Andina that the government would not accept "blackmail" from either side, but acknowledged that local concerns about water were "legitimate."

Police said officers had cleared a second blockade on the Trujillo–Huamachuco highway on Saturday without injuries.

The blockade comes as gold trades near record highs. Analysts at Lima brokerage Inca Capital said in a note that the suspension would trim the company's second-quarter revenue by as much as 30%.

"Investors are used to social conflict in Peru, but a long stoppage at a single-asset producer is a different story," said Mariela Torres, a mining analyst at Inca Capital. She said the stock, which fell 11% last week, could drop further if talks stall.

Shares in Minera Andes del Norte were down 2.3% on the Lima Stock Exchange by midday Monday.""", [
        Q("Residents of highland communities in Peru's La Libertad region have blocked the main access road to the "
          "Cerro Huaylillas gold mine for a ninth straight day, forcing operator Minera Andes del Norte to suspend "
          "production", "indirect", "the company", "Minera Andes del Norte", speaker_at="the company said Monday"),
        Q("that the stoppage was costing it about 4,200 ounces of gold a week and that it had withdrawn its 2025 "
          "production guidance", "indirect", "The Lima-listed miner", "Minera Andes del Norte"),
        Q('"We remain open to dialogue, but we cannot negotiate while our workers are prevented from reaching the '
          'site,"', "direct", "Javier Salazar Montoya", "Javier Salazar Montoya"),
        Q("Around 800 people from the Chuquisongo and Pampa Alta peasant communities have camped at the Huaylillas "
          "pass since April 2", "indirect", "Peru's Ombudsman's Office", "Ombudsman's Office"),
        Q("a planned expansion of the open pit will dry up springs that feed their potato fields and cattle pastures",
          "indirect", "Community leaders", None),
        Q('"The company talks about water studies. We talk about the water we drink,"', "direct", "Teodoro Chávez",
          "Teodoro Chávez"),
        Q('"We are not leaving until the state signs a guarantee."', "direct", "Teodoro Chávez", "Teodoro Chávez"),
        Q("the communities also wanted a larger share of the mine's royalties to be spent locally", "indirect",
          "Chávez", "Teodoro Chávez", speaker_at="Chávez said"),
        Q('it had sent a high-level commission to Huamachuco to set up a "dialogue table"', "indirect",
          "The Ministry of Energy and Mines", "Ministry of Energy and Mines"),
        Q('"free transit"', "partial", "The Ministry of Energy and Mines", "Ministry of Energy and Mines"),
        Q('"blackmail"', "partial", "Rosa Elena Quispe", "Rosa Elena Quispe"),
        Q('"legitimate."', "partial", "Rosa Elena Quispe", "Rosa Elena Quispe"),
        Q("officers had cleared a second blockade on the Trujillo–Huamachuco highway on Saturday without injuries",
          "indirect", "Police", None),
        Q("that the suspension would trim the company's second-quarter revenue by as much as 30%", "indirect",
          "Analysts at Lima brokerage Inca Capital", None),
        Q('"Investors are used to social conflict in Peru, but a long stoppage at a single-asset producer is a '
          'different story,"', "direct", "Mariela Torres", "Mariela Torres"),
        Q("the stock, which fell 11% last week, could drop further if talks stall", "indirect", "She",
          "Mariela Torres", speaker_at="She said"),
    ], source="blind"),
    Case("blind100-pe-coca-clash", """Two police officers, farmer killed in coca eradication clash in Huánuco

LIMA – Two police officers and a coca farmer were killed on Thursday when an eradication team came under fire in Peru's Monzón valley, the Interior Ministry said, in the deadliest incident in the Huánuco region's coca-growing areas in several years.

The team from the state eradication agency Corah, escorted by about 60 officers, was ambushed as it moved into fields near the hamlet of Cachicoto, according to a ministry statement. Seven officers were wounded.

Interior Minister Julio César Vargas said the attackers were linked to drug trafficking groups operating in the valley. "They use farmers as human shields," he told reporters in Lima. "We will not retreat from the Monzón. Eradication will continue."

Local growers tell a different story. Leaders of the Monzón valley coca growers' federation said police had opened fire first, after residents blocked a bridge to stop the eradicators from crossing.

"The farmers had sticks and stones. The police came with rifles," federation secretary general Elmer Huamán said by telephone from Tingo María. He said the dead farmer, 34-year-old Walter Ponce, was a father of three who grew coca and cacao on two hectares.

Peru's Ombudsman's Office called on both sides to "avoid any further loss of life" and said it had sent staff to the area.

The national anti-drug agency Devida says coca cultivation in Peru reached about 92,000 hectares in 2023, with the Monzón among the fastest-growing areas.

Devida president Fiorella Rengifo told Andina that the agency was offering farmers who eradicate voluntarily up to 1,000 soles per hectare and help to switch to cacao and coffee. "Alternative development works when the state is present," she said, "but in the Monzón the state arrived late."

Óscar Leyva, a former Devida official who now teaches at the Pontifical Catholic University of Peru, said forced eradication without alternatives tended to push coca deeper into the forest. He described the Monzón campaign as "a recipe for more violence."

The campaign, dubbed "Operación Monzón Libre" by the police, aims to eradicate 6,000 hectares this year, the ministry said.""", [
        Q("Two police officers and a coca farmer were killed on Thursday when an eradication team came under fire in "
          "Peru's Monzón valley", "indirect", "the Interior Ministry", "Interior Ministry"),
        Q("The team from the state eradication agency Corah, escorted by about 60 officers, was ambushed as it moved "
          "into fields near the hamlet of Cachicoto", "indirect", "a ministry statement", "Interior Ministry"),
        Q("the attackers were linked to drug trafficking groups operating in the valley", "indirect",
          "Julio César Vargas", "Julio César Vargas"),
        Q('"They use farmers as human shields,"', "direct", "he", "Julio César Vargas", speaker_at='shields," he told'),
        Q('"We will not retreat from the Monzón. Eradication will continue."', "direct", "he", "Julio César Vargas",
          speaker_at='shields," he told'),
        Q("police had opened fire first, after residents blocked a bridge to stop the eradicators from crossing",
          "indirect", "Leaders of the Monzón valley coca growers' federation", None),
        Q('"The farmers had sticks and stones. The police came with rifles,"', "direct", "Elmer Huamán",
          "Elmer Huamán"),
        Q("the dead farmer, 34-year-old Walter Ponce, was a father of three who grew coca and cacao on two hectares",
          "indirect", "He", "Elmer Huamán", speaker_at="He said the dead"),
        Q('"avoid any further loss of life"', "partial", "Peru's Ombudsman's Office", "Ombudsman's Office"),
        Q("it had sent staff to the area", "indirect", "Peru's Ombudsman's Office", "Ombudsman's Office"),
        Q("coca cultivation in Peru reached about 92,000 hectares in 2023, with the Monzón among the fastest-growing "
          "areas", "indirect", "The national anti-drug agency Devida", "Devida"),
        Q("that the agency was offering farmers who eradicate voluntarily up to 1,000 soles per hectare and help to "
          "switch to cacao and coffee", "indirect", "Fiorella Rengifo", "Fiorella Rengifo"),
        Q('"Alternative development works when the state is present,"', "direct", "she", "Fiorella Rengifo",
          speaker_at='present," she said'),
        Q('"but in the Monzón the state arrived late."', "direct", "she", "Fiorella Rengifo",
          speaker_at='present," she said'),
        Q("forced eradication without alternatives tended to push coca deeper into the forest", "indirect",
          "Óscar Leyva", "Óscar Leyva"),
        Q('"a recipe for more violence."', "partial", "He", "Óscar Leyva", speaker_at="He described"),
        Q('The campaign, dubbed "Operación Monzón Libre" by the police, aims to eradicate 6,000 hectares this year',
          "indirect", "the ministry", "Interior Ministry", speaker_at="the ministry said"),
    ], source="blind"),
    Case("blind100-pe-fishmeal-plant", """Peru's OEFA orders closure of Chimbote fishmeal plant over effluent breaches

Peru's Environmental Assessment and Enforcement Agency (OEFA) ordered the temporary closure of a fishmeal plant in the port city of Chimbote operated by Pesquera Costa Azul, after inspectors found untreated effluent flowing into Ferrol Bay, the agency reported.

According to OEFA, samples taken in May showed levels of oil and grease more than 20 times above the legal limit. The closure will remain in force until the company installs a new treatment system, it said.

"Ferrol Bay has suffered for decades. We will not allow new discharges that put the health of the population at risk," OEFA president Miriam Alegría said in a statement.

Pesquera Costa Azul, which processes anchovy into fishmeal and fish oil for export, said it would appeal the measure. In a filing with the Lima Stock Exchange, the company said the readings were caused by a pump failure that had since been repaired, describing it as "an isolated incident."

"We have invested more than US$6 million in environmental improvements since 2019," general manager Luis Alberto Ramos told BNamericas. "Closing the plant in the middle of the first anchovy season makes no sense."

Ramos said the plant employed 320 people directly and bought fish from about 40 vessels.

The fishing workers' union in Chimbote warned that hundreds of families would lose income. Union leader Segundo Castillo said workers supported cleaning up the bay but that "workers cannot pay for the mistakes of the company."

The National Fisheries Society, which represents industrial fishing companies, said in a statement that it supported strict oversight but that rules should be applied "with predictability and not by surprise."

"The ministry respects OEFA's decision," Production Minister Sergio González told reporters, adding that the ministry would help affected workers find jobs at other plants in the region.

The first anchovy season in the north-central zone opened in April with a quota of 3 million tonnes, according to the Ministry of Production.

The plant is one of 11 facilities monitored under OEFA's "Bahía Limpia" programme, launched in 2021. Chimbote mayor Nelly Valverde said the city had waited "too long" for action on the bay.""", [
        Q("Peru's Environmental Assessment and Enforcement Agency (OEFA) ordered the temporary closure of a fishmeal "
          "plant in the port city of Chimbote operated by Pesquera Costa Azul, after inspectors found untreated "
          "effluent flowing into Ferrol Bay", "indirect", "the agency",
          "Environmental Assessment and Enforcement Agency", speaker_at="the agency reported"),
        Q("samples taken in May showed levels of oil and grease more than 20 times above the legal limit", "indirect",
          "OEFA", "Environmental Assessment and Enforcement Agency", speaker_at="According to OEFA"),
        Q("The closure will remain in force until the company installs a new treatment system", "indirect", "it",
          "Environmental Assessment and Enforcement Agency", speaker_at="system, it said"),
        Q('"Ferrol Bay has suffered for decades. We will not allow new discharges that put the health of the '
          'population at risk,"', "direct", "Miriam Alegría", "Miriam Alegría"),
        Q("it would appeal the measure", "indirect", "Pesquera Costa Azul", "Pesquera Costa Azul",
          speaker_at="Pesquera Costa Azul, which"),
        Q("the readings were caused by a pump failure that had since been repaired", "indirect", "the company",
          "Pesquera Costa Azul", speaker_at="the company said the readings"),
        Q('"an isolated incident."', "partial", "the company", "Pesquera Costa Azul",
          speaker_at="the company said the readings"),
        Q('"We have invested more than US$6 million in environmental improvements since 2019,"', "direct",
          "Luis Alberto Ramos", "Luis Alberto Ramos"),
        Q('"Closing the plant in the middle of the first anchovy season makes no sense."', "direct",
          "Luis Alberto Ramos", "Luis Alberto Ramos"),
        Q("the plant employed 320 people directly and bought fish from about 40 vessels", "indirect", "Ramos",
          "Luis Alberto Ramos", speaker_at="Ramos said"),
        Q("that hundreds of families would lose income", "indirect", "The fishing workers' union in Chimbote", None),
        Q("workers supported cleaning up the bay", "indirect", "Segundo Castillo", "Segundo Castillo"),
        Q('"workers cannot pay for the mistakes of the company."', "partial", "Segundo Castillo", "Segundo Castillo"),
        Q("that it supported strict oversight", "indirect", "The National Fisheries Society",
          "National Fisheries Society"),
        Q('"with predictability and not by surprise."', "partial", "The National Fisheries Society",
          "National Fisheries Society"),
        Q('"The ministry respects OEFA\'s decision,"', "direct", "Sergio González", "Sergio González"),
        Q("that the ministry would help affected workers find jobs at other plants in the region", "indirect",
          "Sergio González", "Sergio González"),
        Q("The first anchovy season in the north-central zone opened in April with a quota of 3 million tonnes",
          "indirect", "the Ministry of Production", "Ministry of Production"),
        Q('"too long"', "partial", "Nelly Valverde", "Nelly Valverde"),
    ], source="blind"),
    Case("blind100-co-segovia-blockade", """Informal miners blockade Segovia gold mine as contract talks collapse

MEDELLÍN – Hundreds of small-scale miners blocked access to the El Cóndor underground gold mine in Segovia, Antioquia, for a fifth day on Tuesday, after talks with operator Northern Andes Gold over the terms of their contracts broke down, the company said.

Toronto-listed Northern Andes Gold said in a statement that it had suspended operations at El Cóndor and evacuated 420 employees. It called the move “a preventive measure to protect our people.” The mine produced about 190,000 ounces of gold last year.

“We respect the right to protest, but the blockade is putting lives and thousands of jobs at risk,” chief executive Mark Ellison told investors on Monday.

The protesters belong to some of the more than 60 mining units that work parts of the concession under contract with the company and sell it their ore. They say the company cut the price it pays per gram in January and wants to impose stricter safety and environmental rules without helping them meet the cost.

“They call us partners when it suits them,” said Wilmar Restrepo, spokesman for the Segovia and Remedios Miners’ Roundtable. “When we ask for a fair price, we are criminals.”

Restrepo said the miners would lift the blockade only if the national government joined the negotiations.

Local broadcaster Teleantioquia reported that at least two trucks carrying explosives for the mine had been stopped at a roadblock on Monday.

Antioquia’s mining secretary, Luz Adriana Gómez, said the department had called an emergency meeting in Medellín for Thursday and would offer the miners places in its “Minería Legal” programme. “Formalization is the only way out of this cycle,” she said.

In a statement, the Ministry of Mines and Energy said it was “following the situation closely” and would send a delegation to Segovia.

Colonel Jairo Andrés Medina, the Antioquia police commander, said no violence had been reported but that officers were monitoring “the possible infiltration of armed groups.”

“Segovia has been a flashpoint for years,” said Juliana Ortiz, a mining analyst at Bogotá brokerage Valores del Río. She added that the company’s shares, which fell 8% on the Toronto Stock Exchange last week, reflected fears of a long stoppage.""", [
        Q("Hundreds of small-scale miners blocked access to the El Cóndor underground gold mine in Segovia, Antioquia, "
          "for a fifth day on Tuesday, after talks with operator Northern Andes Gold over the terms of their contracts "
          "broke down", "indirect", "the company", "Northern Andes Gold", speaker_at="the company said."),
        Q("that it had suspended operations at El Cóndor and evacuated 420 employees", "indirect",
          "Northern Andes Gold", "Northern Andes Gold", speaker_at="Toronto-listed Northern Andes Gold said"),
        Q("“a preventive measure to protect our people.”", "partial", "It", "Northern Andes Gold",
          speaker_at="It called"),
        Q("“We respect the right to protest, but the blockade is putting lives and thousands of jobs at risk,”",
          "direct", "Mark Ellison", "Mark Ellison"),
        Q("the company cut the price it pays per gram in January and wants to impose stricter safety and environmental "
          "rules without helping them meet the cost", "indirect", "They", None, speaker_at="They say the company"),
        Q("“They call us partners when it suits them,”", "direct", "Wilmar Restrepo", "Wilmar Restrepo"),
        Q("“When we ask for a fair price, we are criminals.”", "direct", "Wilmar Restrepo", "Wilmar Restrepo"),
        Q("the miners would lift the blockade only if the national government joined the negotiations", "indirect",
          "Restrepo", "Wilmar Restrepo", speaker_at="Restrepo said"),
        Q("that at least two trucks carrying explosives for the mine had been stopped at a roadblock on Monday",
          "indirect", "Teleantioquia", "Teleantioquia"),
        Q("the department had called an emergency meeting in Medellín for Thursday and would offer the miners places "
          "in its “Minería Legal” programme", "indirect", "Luz Adriana Gómez", "Luz Adriana Gómez"),
        Q("“Formalization is the only way out of this cycle,”", "direct", "she", "Luz Adriana Gómez",
          speaker_at="cycle,” she said"),
        Q("“following the situation closely”", "partial", "the Ministry of Mines and Energy",
          "Ministry of Mines and Energy"),
        Q("would send a delegation to Segovia", "indirect", "the Ministry of Mines and Energy",
          "Ministry of Mines and Energy"),
        Q("no violence had been reported", "indirect", "Jairo Andrés Medina", "Jairo Andrés Medina"),
        Q("“the possible infiltration of armed groups.”", "partial", "Jairo Andrés Medina", "Jairo Andrés Medina"),
        Q("“Segovia has been a flashpoint for years,”", "direct", "Juliana Ortiz", "Juliana Ortiz"),
        Q("the company’s shares, which fell 8% on the Toronto Stock Exchange last week, reflected fears of a long "
          "stoppage", "indirect", "She", "Juliana Ortiz", speaker_at="She added"),
    ], source="blind"),
    Case("blind100-co-catatumbo-clash", """Farmers hold 40 soldiers after eradication clash in Catatumbo

BOGOTÁ – Coca growers in Colombia's Catatumbo region were holding about 40 soldiers on Sunday, a day after a clash over manual eradication left one farmer dead and several people injured, Colombia's National Army said.

The soldiers, from the army's Second Division, were surrounded by several hundred residents in a rural area of Tibú, Norte de Santander, as they pulled up coca bushes on Saturday, according to a statement from the division.

The army said the troops had been attacked with machetes and stones and that one soldier had suffered a head wound. It said the soldiers had "at no time" fired on civilians.

Residents tell a different version. Local community leader Nelson Quintero told Colombia Reports by phone that a soldier shot 52-year-old farmer José Alirio Pabón in the chest as people tried to stop the eradicators. "He was unarmed. He was just standing in his own field," Quintero said.

Quintero said the soldiers would be released once a commission from the Ombudsman's Office and the United Nations arrived to verify what happened. "We are not kidnappers," he said. "We are protecting the soldiers until the truth comes out."

Defense Minister Andrés Felipe Cárdenas called the detention of the troops "a kidnapping, whatever name they give it." He said the government would not negotiate while the soldiers were being held.

Ombudsman Patricia Lozano said her office had sent a team to Tibú and urged both sides to avoid "any action that could cost more lives."

Colombia has about 253,000 hectares of coca, the largest area on record, according to the United Nations Office on Drugs and Crime. Norte de Santander accounts for around a fifth of it.

Newspaper El Tiempo reported that the eradication operation, part of the army's "Catatumbo Verde" plan, was meant to remove 30,000 hectares of coca by the end of the year.

The government has said it prefers voluntary substitution to forced eradication, but farmers in Catatumbo say promised payments under the 2017 substitution programme never arrived.

"I signed up, I pulled out my coca, and I'm still waiting," said one farmer from the village of Campo Dos, who asked not to be named for fear of reprisals.""", [
        Q("Coca growers in Colombia's Catatumbo region were holding about 40 soldiers on Sunday, a day after a clash "
          "over manual eradication left one farmer dead and several people injured", "indirect",
          "Colombia's National Army", "National Army"),
        Q("The soldiers, from the army's Second Division, were surrounded by several hundred residents in a rural area "
          "of Tibú, Norte de Santander, as they pulled up coca bushes on Saturday", "indirect",
          "a statement from the division", "Second Division"),
        Q("the troops had been attacked with machetes and stones and that one soldier had suffered a head wound",
          "indirect", "The army", "National Army", speaker_at="The army said"),
        Q('"at no time"', "partial", "It", "National Army", speaker_at="It said the soldiers"),
        Q("that a soldier shot 52-year-old farmer José Alirio Pabón in the chest as people tried to stop the "
          "eradicators", "indirect", "Nelson Quintero", "Nelson Quintero"),
        Q('"He was unarmed. He was just standing in his own field,"', "direct", "Quintero", "Nelson Quintero",
          speaker_at='field," Quintero said'),
        Q("the soldiers would be released once a commission from the Ombudsman's Office and the United Nations arrived "
          "to verify what happened", "indirect", "Quintero", "Nelson Quintero",
          speaker_at="Quintero said the soldiers"),
        Q('"We are not kidnappers,"', "direct", "he", "Nelson Quintero", speaker_at='kidnappers," he said'),
        Q('"We are protecting the soldiers until the truth comes out."', "direct", "he", "Nelson Quintero",
          speaker_at='kidnappers," he said'),
        Q('"a kidnapping, whatever name they give it."', "partial", "Andrés Felipe Cárdenas",
          "Andrés Felipe Cárdenas"),
        Q("the government would not negotiate while the soldiers were being held", "indirect", "He",
          "Andrés Felipe Cárdenas", speaker_at="He said the government"),
        Q("her office had sent a team to Tibú", "indirect", "Patricia Lozano", "Patricia Lozano"),
        Q('"any action that could cost more lives."', "partial", "Patricia Lozano", "Patricia Lozano"),
        Q("Colombia has about 253,000 hectares of coca, the largest area on record", "indirect",
          "the United Nations Office on Drugs and Crime", "United Nations Office on Drugs and Crime"),
        Q('that the eradication operation, part of the army\'s "Catatumbo Verde" plan, was meant to remove 30,000 '
          'hectares of coca by the end of the year', "indirect", "El Tiempo", "El Tiempo"),
        Q("it prefers voluntary substitution to forced eradication", "indirect", "The government", None,
          speaker_at="The government has said"),
        Q("promised payments under the 2017 substitution programme never arrived", "indirect",
          "farmers in Catatumbo", None),
        Q('"I signed up, I pulled out my coca, and I\'m still waiting,"', "direct",
          "one farmer from the village of Campo Dos", None),
    ], source="blind"),
    Case("blind100-gu-typhoon-power", """GPA: Power back for 70% of customers; full restoration could take three weeks

The Guam Power Authority has restored electricity to about 70% of its customers, eight days after Typhoon Dalia knocked out the island's entire grid, the utility said Tuesday.

"Our line crews have been working 16-hour days, and we are seeing real progress," GPA General Manager Vicente Aguon said during a briefing at the utility's Fadian headquarters in Mangilao.

Aguon said crews had replaced more than 1,100 damaged poles, and that the hardest-hit villages in the south – Inarajan, Merizo and Umatac – could remain without power for up to three more weeks. Customers can report outages through the utility's "Power Watch" hotline.

"The south took the full force of the eyewall," he said. "Some of those lines aren't just down. They're gone."

According to Gov. Rosalinda Tenorio, 60 line workers from utilities in Hawaii and California arrived on Sunday to help.

Tenorio urged residents to be patient. "I know it is hot and people are tired. Please check on your neighbors, especially our manåmko'," she said.

The Guam Waterworks Authority said most of its wells were running on generators and that a boil-water notice remained in effect for central and southern villages.

In Yona, residents said they had been queuing for hours at gas stations to fuel generators.

"It's been eight days of cold showers and candles," said Frank Mesa, 58, who was waiting in line at a station on Route 4. "We're making do, but it's wearing on everybody."

Consolidated Commission on Utilities Chairman Peter Borja called the pace of recovery "ahead of where we were after Pongsona," referring to the 2002 typhoon that left parts of the island without power for months.

The National Weather Service in Tiyan said another tropical disturbance southeast of Chuuk was being monitored but posed no immediate threat.

Sen. Therese Taitague said the legislature would hold an oversight hearing on the utility's plans to bury power lines. She called underground lines "the only real fix" for an island in typhoon alley.""", [
        Q("The Guam Power Authority has restored electricity to about 70% of its customers, eight days after Typhoon "
          "Dalia knocked out the island's entire grid", "indirect", "the utility", "Guam Power Authority",
          speaker_at="the utility said Tuesday"),
        Q('"Our line crews have been working 16-hour days, and we are seeing real progress,"', "direct",
          "Vicente Aguon", "Vicente Aguon"),
        Q("crews had replaced more than 1,100 damaged poles", "indirect", "Aguon", "Vicente Aguon",
          speaker_at="Aguon said crews"),
        Q("that the hardest-hit villages in the south – Inarajan, Merizo and Umatac – could remain without power for "
          "up to three more weeks", "indirect", "Aguon", "Vicente Aguon", speaker_at="Aguon said crews"),
        Q('"The south took the full force of the eyewall,"', "direct", "he", "Vicente Aguon",
          speaker_at='eyewall," he said'),
        Q('"Some of those lines aren\'t just down. They\'re gone."', "direct", "he", "Vicente Aguon",
          speaker_at='eyewall," he said'),
        Q("60 line workers from utilities in Hawaii and California arrived on Sunday to help", "indirect",
          "Rosalinda Tenorio", "Rosalinda Tenorio"),
        Q('"I know it is hot and people are tired. Please check on your neighbors, especially our manåmko\',"',
          "direct", "she", "Rosalinda Tenorio", speaker_at='manåmko\'," she said'),
        Q("most of its wells were running on generators", "indirect", "The Guam Waterworks Authority",
          "Guam Waterworks Authority"),
        Q("that a boil-water notice remained in effect for central and southern villages", "indirect",
          "The Guam Waterworks Authority", "Guam Waterworks Authority"),
        Q("they had been queuing for hours at gas stations to fuel generators", "indirect", "residents", None,
          speaker_at="residents said"),
        Q('"It\'s been eight days of cold showers and candles,"', "direct", "Frank Mesa", "Frank Mesa"),
        Q('"We\'re making do, but it\'s wearing on everybody."', "direct", "Frank Mesa", "Frank Mesa"),
        Q('"ahead of where we were after Pongsona,"', "partial", "Peter Borja", "Peter Borja"),
        Q("another tropical disturbance southeast of Chuuk was being monitored but posed no immediate threat",
          "indirect", "The National Weather Service in Tiyan", "National Weather Service"),
        Q("the legislature would hold an oversight hearing on the utility's plans to bury power lines", "indirect",
          "Therese Taitague", "Therese Taitague"),
        Q('"the only real fix"', "partial", "She", "Therese Taitague", speaker_at="She called"),
    ], source="blind"),
    Case("blind100-gu-barrigada-lease", """Lawmakers question DoD request to lease Barrigada land for missile defense site

The Department of Defense has asked the Government of Guam to lease about 180 acres of public land in Barrigada for part of the island's planned missile defense system, according to a letter from Joint Region Marianas to Gov. Rosalinda Tenorio.

In the letter, Rear Adm. Thomas Whitfield, commander of Joint Region Marianas, wrote that the Navy would pay fair market rent and return the land in its original condition. He described the site as "essential to the defense of Guam and its people."

Sen. Joaquin Sablan, who chairs the legislature's committee on federal affairs, said he would introduce a resolution asking the governor to reject the request.

"We have been here before. Land taken 'temporarily' after the war is still behind the fence 80 years later," Sablan said.

Carmen Pangelinan, a spokeswoman for the governor, said the governor had not made a decision and would consult with the Guam Ancestral Lands Commission.

"The governor understands the security situation in the region, but she also understands our history," Pangelinan said.

The Guam Ancestral Lands Commission said in a statement that some of the parcels were taken from private families in the 1940s and should be returned to their heirs rather than leased.

Dolores Flores Taitano, 71, grew up on the edge of the property.

"My grandfather farmed that land until 1944," she said. "Nobody asked him. Now they want to ask us? Fine. The answer is no."

The Missile Defense Agency has said the Guam Defense System will include up to 20 sites across the island, some on existing military land and some on land the military would have to lease or buy.

A Joint Region Marianas spokesperson said by email that the military "values its partnership with the people of Guam" and would hold public meetings before any agreement is signed.

Several residents at Monday's village meeting in Barrigada said they worried about radiation from the radar and about traffic on Route 8 during construction.""", [
        Q("The Department of Defense has asked the Government of Guam to lease about 180 acres of public land in "
          "Barrigada for part of the island's planned missile defense system", "indirect", "Joint Region Marianas",
          "Joint Region Marianas", speaker_at="a letter from Joint Region Marianas"),
        Q("that the Navy would pay fair market rent and return the land in its original condition", "indirect",
          "Thomas Whitfield", "Thomas Whitfield"),
        Q('"essential to the defense of Guam and its people."', "partial", "He", "Thomas Whitfield",
          speaker_at="He described"),
        Q("he would introduce a resolution asking the governor to reject the request", "indirect", "Joaquin Sablan",
          "Joaquin Sablan"),
        Q('"We have been here before. Land taken \'temporarily\' after the war is still behind the fence 80 years '
          'later,"', "direct", "Sablan", "Joaquin Sablan", speaker_at="Sablan said"),
        Q("the governor had not made a decision and would consult with the Guam Ancestral Lands Commission",
          "indirect", "Carmen Pangelinan", "Carmen Pangelinan"),
        Q('"The governor understands the security situation in the region, but she also understands our history,"',
          "direct", "Pangelinan", "Carmen Pangelinan", speaker_at="Pangelinan said"),
        Q("that some of the parcels were taken from private families in the 1940s and should be returned to their "
          "heirs rather than leased", "indirect", "The Guam Ancestral Lands Commission",
          "Guam Ancestral Lands Commission"),
        Q('"My grandfather farmed that land until 1944,"', "direct", "she", "Dolores Flores Taitano",
          speaker_at='1944," she said'),
        Q('"Nobody asked him. Now they want to ask us? Fine. The answer is no."', "direct", "she",
          "Dolores Flores Taitano", speaker_at='1944," she said'),
        Q("the Guam Defense System will include up to 20 sites across the island, some on existing military land and "
          "some on land the military would have to lease or buy", "indirect", "The Missile Defense Agency",
          "Missile Defense Agency"),
        Q('"values its partnership with the people of Guam"', "partial", "A Joint Region Marianas spokesperson",
          None),
        Q("would hold public meetings before any agreement is signed", "indirect",
          "A Joint Region Marianas spokesperson", None),
        Q("they worried about radiation from the radar and about traffic on Route 8 during construction", "indirect",
          "Several residents at Monday's village meeting in Barrigada", None),
    ], source="blind"),
    Case("blind100-mp-rota-power", """CUC: Rota power restoration at 45%

The Commonwealth Utilities Corporation has restored power to about 45% of its customers on Rota, nearly two weeks after Typhoon Dalia toppled most of the island's utility poles, according to CUC executive director Gerard Camacho.

Camacho told the Saipan Tribune on Monday that a shipment of 300 concrete poles from the Philippines was expected to arrive at the Rota West Harbor this week.

"Once the poles are here, we can move much faster," he said. "Right now our crews are reusing whatever they can salvage."

He said the Song Song village feeder and the Rota Health Center were energized first, followed by the airport and the water wells, in line with CUC's "Priority One" list.

At a press conference on Saipan, Gov. Ramon Mafnas said the Federal Emergency Management Agency had approved the Commonwealth's request for a major disaster declaration, which would cover 90% of the cost of rebuilding the grid.

"This is not a Rota problem. This is a Commonwealth problem, and we will stay until the last house has power," Mafnas said.

Rota Mayor Jonathan Manglona said many residents were still relying on generators lent by the Red Cross and that fuel supplies on the island were "stretched thin."

FEMA said in a news release that 48 federal workers were on Rota assessing damage to homes and public buildings.

Sinapalo resident Maria Ayuyu, 66, said she had been cooking on a wood fire since the storm.

"We are island people. We know how to survive," she said, "but the old people are suffering in this heat."

Sen. Teresita Hocog said she had asked CUC to publish a daily map showing which feeders had been restored. "People want to know when it is their turn," she said.

Rota, with a population of about 1,900, has a single power plant near the village of Sinapalo.""", [
        Q("The Commonwealth Utilities Corporation has restored power to about 45% of its customers on Rota, nearly two "
          "weeks after Typhoon Dalia toppled most of the island's utility poles", "indirect", "Gerard Camacho",
          "Gerard Camacho"),
        Q("that a shipment of 300 concrete poles from the Philippines was expected to arrive at the Rota West Harbor "
          "this week", "indirect", "Camacho", "Gerard Camacho", speaker_at="Camacho told"),
        Q('"Once the poles are here, we can move much faster,"', "direct", "he", "Gerard Camacho",
          speaker_at='faster," he said'),
        Q('"Right now our crews are reusing whatever they can salvage."', "direct", "he", "Gerard Camacho",
          speaker_at='faster," he said'),
        Q('the Song Song village feeder and the Rota Health Center were energized first, followed by the airport and '
          'the water wells, in line with CUC\'s "Priority One" list', "indirect", "He", "Gerard Camacho",
          speaker_at="He said the Song Song"),
        Q("the Federal Emergency Management Agency had approved the Commonwealth's request for a major disaster "
          "declaration, which would cover 90% of the cost of rebuilding the grid", "indirect", "Ramon Mafnas",
          "Ramon Mafnas"),
        Q('"This is not a Rota problem. This is a Commonwealth problem, and we will stay until the last house has '
          'power,"', "direct", "Mafnas", "Ramon Mafnas", speaker_at='power," Mafnas said'),
        Q("many residents were still relying on generators lent by the Red Cross", "indirect", "Jonathan Manglona",
          "Jonathan Manglona"),
        Q('"stretched thin."', "partial", "Jonathan Manglona", "Jonathan Manglona"),
        Q("that 48 federal workers were on Rota assessing damage to homes and public buildings", "indirect", "FEMA",
          "Federal Emergency Management Agency"),
        Q("she had been cooking on a wood fire since the storm", "indirect", "Maria Ayuyu", "Maria Ayuyu"),
        Q('"We are island people. We know how to survive,"', "direct", "she", "Maria Ayuyu",
          speaker_at='survive," she said'),
        Q('"but the old people are suffering in this heat."', "direct", "she", "Maria Ayuyu",
          speaker_at='survive," she said'),
        Q("she had asked CUC to publish a daily map showing which feeders had been restored", "indirect",
          "Teresita Hocog", "Teresita Hocog"),
        Q('"People want to know when it is their turn,"', "direct", "she", "Teresita Hocog",
          speaker_at='turn," she said'),
    ], source="blind"),
    Case("blind100-mp-tinian-lease", """Tinian leaders seek higher payments as military lease talks near

TINIAN — Tinian officials said on Friday they would seek "fair, modern compensation" when talks on the future of the U.S. military's lease over two-thirds of the island begin next month.

The original 1983 lease, signed under the Covenant that created the Commonwealth, cost the U.S. government about $33 million and runs through 2033, with an option to renew for another 50 years.

"In 1983, $33 million was a lot of money. Today it would not pay for the new harbor we were promised," Mayor Vicente San Nicolas said at a meeting of the Tinian Municipal Council.

San Nicolas said the military had used only a small part of the leased land for training and that farmers and cattle ranchers should be allowed back on unused areas.

"We gave the land so that America could be safe. We only ask that Tinian is not forgotten.

"Our children are leaving for Saipan and Guam because there are no jobs here," he told the council.

Marine Corps Forces Pacific said in a statement to Marianas Variety that it "remains committed to working with the CNMI government in good faith" and that training on Tinian was "vital to readiness in the Indo-Pacific."

The U.S. Air Force, which is building a "divert" airfield at Tinian International Airport, referred questions to the Department of Defense.

The Department of Public Lands, which manages the CNMI's public land, said it had not received a formal proposal.

CNMI Delegate Marcus Kaipat told Marianas Variety that he had written to the defense secretary asking that the people of Tinian be given a seat at the table. "Tinian cannot be treated as a training range with a village attached," Kaipat said.

Rosa Hocog Mendiola, a member of the Tinian Women's Association, said residents were worried about live-fire training near the island's only source of fresh water.

"We are not against the military. We are against being ignored," she said.

One cattle rancher, who asked not to be named, said the lease had cut off grazing land his family had used for generations.""", [
        Q('"fair, modern compensation"', "partial", "Tinian officials", None),
        Q('"In 1983, $33 million was a lot of money. Today it would not pay for the new harbor we were promised,"',
          "direct", "Vicente San Nicolas", "Vicente San Nicolas"),
        Q("the military had used only a small part of the leased land for training", "indirect", "San Nicolas",
          "Vicente San Nicolas", speaker_at="San Nicolas said the military"),
        Q("that farmers and cattle ranchers should be allowed back on unused areas", "indirect", "San Nicolas",
          "Vicente San Nicolas", speaker_at="San Nicolas said the military"),
        Q('"We gave the land so that America could be safe. We only ask that Tinian is not forgotten.', "direct",
          "he", "Vicente San Nicolas", speaker_at='here," he told'),
        Q('"Our children are leaving for Saipan and Guam because there are no jobs here,"', "direct", "he",
          "Vicente San Nicolas", speaker_at='here," he told'),
        Q('"remains committed to working with the CNMI government in good faith"', "partial",
          "Marine Corps Forces Pacific", "Marine Corps Forces Pacific"),
        Q('"vital to readiness in the Indo-Pacific."', "partial", "Marine Corps Forces Pacific",
          "Marine Corps Forces Pacific"),
        Q("it had not received a formal proposal", "indirect", "The Department of Public Lands",
          "Department of Public Lands"),
        Q("that he had written to the defense secretary asking that the people of Tinian be given a seat at the table",
          "indirect", "Marcus Kaipat", "Marcus Kaipat"),
        Q('"Tinian cannot be treated as a training range with a village attached,"', "direct", "Kaipat",
          "Marcus Kaipat", speaker_at="Kaipat said"),
        Q("residents were worried about live-fire training near the island's only source of fresh water", "indirect",
          "Rosa Hocog Mendiola", "Rosa Hocog Mendiola"),
        Q('"We are not against the military. We are against being ignored,"', "direct", "she", "Rosa Hocog Mendiola",
          speaker_at='ignored," she said'),
        Q("the lease had cut off grazing land his family had used for generations", "indirect", "One cattle rancher",
          None),
    ], source="blind"),
    Case("blind100-nl-nitrogen-court", """Court orders state to halve nitrogen emissions near nature areas by 2030

The Dutch state must cut nitrogen emissions in half around vulnerable nature areas by 2030, The Hague district court ruled on Wednesday, handing a major victory to Greenpeace Nederland in the long-running ‘nitrogen crisis’.

The court said the state had broken the law by failing for years to meet its own targets for protecting habitats such as the Veluwe and the Peel. If the state misses the deadline, it will face a fine of €10 million, the court added.

‘The state has known for decades what is needed and has not done it,’ the court said in its ruling.

Greenpeace director Marieke Vos called the verdict ‘a historic day for Dutch nature’.

‘Judges have now done what politicians refused to do for years,’ Vos told broadcaster NOS. ‘There are no more excuses.’

Agriculture minister Jan-Willem Hoekstra said the cabinet would study the ruling and had not yet decided whether to appeal. ‘We take this judgement seriously, but we also have to be realistic about what farmers can do in five years,’ he said in a statement.

Farmers’ organisation LTO Nederland said the ruling would ‘throw thousands of family farms into uncertainty’. The more militant group Boerenfront said on X that it would ‘not accept a single forced buy-out’.

‘The ruling leaves the cabinet very little room,’ said Sanne de Wit, professor of environmental law at Utrecht University. She said the state would probably have to buy out livestock farms close to nature areas, something the current coalition has ruled out.

Broadcaster NOS reported that the cabinet will discuss the ruling at its weekly meeting on Friday.

Some 40% of Dutch nitrogen emissions come from agriculture, mainly from ammonia in manure and urine. The previous cabinet set aside €24 billion to cut them, but much of that money has since been reallocated.""", [
        Q("The Dutch state must cut nitrogen emissions in half around vulnerable nature areas by 2030", "indirect",
          "The Hague district court", "The Hague district court"),
        Q("the state had broken the law by failing for years to meet its own targets for protecting habitats such as "
          "the Veluwe and the Peel", "indirect", "The court", "The Hague district court",
          speaker_at="The court said"),
        Q("If the state misses the deadline, it will face a fine of €10 million", "indirect", "the court",
          "The Hague district court", speaker_at="the court added"),
        Q("‘The state has known for decades what is needed and has not done it,’", "direct", "the court",
          "The Hague district court", speaker_at="the court said in its ruling"),
        Q("‘a historic day for Dutch nature’", "partial", "Marieke Vos", "Marieke Vos"),
        Q("‘Judges have now done what politicians refused to do for years,’", "direct", "Vos", "Marieke Vos",
          speaker_at="Vos told"),
        Q("‘There are no more excuses.’", "direct", "Vos", "Marieke Vos", speaker_at="Vos told"),
        Q("the cabinet would study the ruling and had not yet decided whether to appeal", "indirect",
          "Jan-Willem Hoekstra", "Jan-Willem Hoekstra"),
        Q("‘We take this judgement seriously, but we also have to be realistic about what farmers can do in five "
          "years,’", "direct", "he", "Jan-Willem Hoekstra", speaker_at="he said in a statement"),
        Q("‘throw thousands of family farms into uncertainty’", "partial", "LTO Nederland", "LTO Nederland"),
        Q("‘not accept a single forced buy-out’", "partial", "Boerenfront", "Boerenfront"),
        Q("‘The ruling leaves the cabinet very little room,’", "direct", "Sanne de Wit", "Sanne de Wit"),
        Q("the state would probably have to buy out livestock farms close to nature areas, something the current "
          "coalition has ruled out", "indirect", "She", "Sanne de Wit", speaker_at="She said"),
        Q("that the cabinet will discuss the ruling at its weekly meeting on Friday", "indirect", "NOS", "NOS",
          speaker_at="Broadcaster NOS reported"),
    ], source="blind"),
    Case("blind100-nl-a28-permit", """Council of State scraps nitrogen permit for A28 widening

The Council of State, the country's highest administrative court, has annulled the nitrogen permit for the widening of the A28 motorway between Zwolle and Meppel, dealing another blow to the cabinet's road-building plans.

The court ruled on Wednesday that the Infrastructure Ministry had not shown that extra traffic on the road would not harm the nearby Drents-Friese Wold national park. "The minister relied on calculations that do not hold up," the court wrote.

The ruling follows a 2022 decision in which the same court scrapped the so-called "building exemption" for construction projects.

Infrastructure Minister Ruud Verhagen called the ruling "very disappointing" for commuters in Overijssel and Drenthe. "People sit in traffic jams here every day. We will look at what is possible to still get this project going," Verhagen told reporters in The Hague.

The ministry said work on the road, which was due to start next year, would be postponed by at least three years.

The case was brought by the Clean Air Foundation, a small environmental group from Assen. Its chairman, Pieter Dijkhuis, called the decision "a clear signal." "The government cannot keep building its way out of the nitrogen problem," he said.

Overijssel provincial executive Monique Hulst said in a statement that the region's economy depended on the road. "Thousands of companies in Zwolle and Meppel count on this road," Hulst said.

Road transport association Wegvervoer Nederland said the delay would cost hauliers millions of euros a year in lost time.

According to Wageningen University researcher Thomas Bakker, road traffic accounts for only about 6 percent of nitrogen deposition in the Netherlands, far less than farming. "But the law does not care where the nitrogen comes from. It only asks whether nature is harmed," he said.

Regional newspaper De Stentor reported that at least four other road projects in the east of the country used the same calculation method.""", [
        Q("that the Infrastructure Ministry had not shown that extra traffic on the road would not harm the nearby "
          "Drents-Friese Wold national park", "indirect", "The court", "Council of State",
          speaker_at="The court ruled"),
        Q('"The minister relied on calculations that do not hold up,"', "direct", "the court", "Council of State",
          speaker_at='up," the court wrote'),
        Q('"very disappointing"', "partial", "Ruud Verhagen", "Ruud Verhagen"),
        Q('"People sit in traffic jams here every day. We will look at what is possible to still get this project '
          'going,"', "direct", "Verhagen", "Ruud Verhagen", speaker_at="Verhagen told"),
        Q("work on the road, which was due to start next year, would be postponed by at least three years", "indirect",
          "The ministry", "Infrastructure Ministry", speaker_at="The ministry said"),
        Q('"a clear signal."', "partial", "Pieter Dijkhuis", "Pieter Dijkhuis"),
        Q('"The government cannot keep building its way out of the nitrogen problem,"', "direct", "he",
          "Pieter Dijkhuis", speaker_at='problem," he said'),
        Q("that the region's economy depended on the road", "indirect", "Monique Hulst", "Monique Hulst"),
        Q('"Thousands of companies in Zwolle and Meppel count on this road,"', "direct", "Hulst", "Monique Hulst",
          speaker_at='road," Hulst said'),
        Q("the delay would cost hauliers millions of euros a year in lost time", "indirect", "Wegvervoer Nederland",
          "Wegvervoer Nederland"),
        Q("road traffic accounts for only about 6 percent of nitrogen deposition in the Netherlands, far less than "
          "farming", "indirect", "Thomas Bakker", "Thomas Bakker"),
        Q('"But the law does not care where the nitrogen comes from. It only asks whether nature is harmed,"',
          "direct", "he", "Thomas Bakker", speaker_at='harmed," he said'),
        Q("that at least four other road projects in the east of the country used the same calculation method",
          "indirect", "De Stentor", "De Stentor"),
    ], source="blind"),
    Case("blind100-nl-rotterdam-housing", """Thousands march in Rotterdam as housing shortage bites

Thousands of people marched through the centre of Rotterdam on Sunday to protest against the country's housing shortage, in the biggest 'woonprotest' the city has seen so far.

Organisers said around 15,000 people took part, while police said about 8,000 had joined the march from the Binnenrotte to city hall.

'We are not asking for luxury. We are asking for a place to live,' student Fatima El Idrissi, 23, told the crowd before the march set off. 'I have been on a waiting list for social housing since I was 16.'

The Netherlands is short of around 400,000 homes, according to the Ministry of Housing and Spatial Planning.

Housing minister Erik Brouwer said on Sunday he understood the anger but that building new homes 'takes time'. 'We are building more than 80,000 homes this year. That is not enough, I know that,' Brouwer told broadcaster RTL Nieuws.

Ingrid Bos, chairwoman of tenants' group Huurdersplatform Rotterdam, said rents in the private sector had risen by more than 30% in five years. 'People are spending half their income on rent,' she said. 'That is not a market. That is a crisis.'

Many marchers carried cardboard houses; others banged pots and pans. 'My landlord raised the rent by €300 in one go,' said one protester, a nurse from Delfshaven who did not want to give her name.

House prices rose by 11% last year, according to Statistics Netherlands.

Jan-Pieter de Groot, a housing economist at ING, said prices were likely to keep rising as long as construction lagged behind population growth. 'There is no quick fix,' he said.

A spokesman for the municipality said the march had passed off peacefully, apart from a few flares set off near the Coolsingel.""", [
        Q("around 15,000 people took part", "indirect", "Organisers", None),
        Q("about 8,000 had joined the march from the Binnenrotte to city hall", "indirect", "police", None,
          speaker_at="police said"),
        Q("'We are not asking for luxury. We are asking for a place to live,'", "direct", "Fatima El Idrissi",
          "Fatima El Idrissi"),
        Q("'I have been on a waiting list for social housing since I was 16.'", "direct", "Fatima El Idrissi",
          "Fatima El Idrissi"),
        Q("The Netherlands is short of around 400,000 homes", "indirect",
          "the Ministry of Housing and Spatial Planning", "Ministry of Housing and Spatial Planning"),
        Q("he understood the anger", "indirect", "Erik Brouwer", "Erik Brouwer"),
        Q("'takes time'", "partial", "Erik Brouwer", "Erik Brouwer"),
        Q("'We are building more than 80,000 homes this year. That is not enough, I know that,'", "direct", "Brouwer",
          "Erik Brouwer", speaker_at="Brouwer told"),
        Q("rents in the private sector had risen by more than 30% in five years", "indirect", "Ingrid Bos",
          "Ingrid Bos"),
        Q("'People are spending half their income on rent,'", "direct", "she", "Ingrid Bos",
          speaker_at="rent,' she said"),
        Q("'That is not a market. That is a crisis.'", "direct", "she", "Ingrid Bos", speaker_at="rent,' she said"),
        Q("'My landlord raised the rent by €300 in one go,'", "direct", "one protester", None),
        Q("House prices rose by 11% last year", "indirect", "Statistics Netherlands", "Statistics Netherlands"),
        Q("prices were likely to keep rising as long as construction lagged behind population growth", "indirect",
          "Jan-Pieter de Groot", "Jan-Pieter de Groot"),
        Q("'There is no quick fix,'", "direct", "he", "Jan-Pieter de Groot", speaker_at="fix,' he said"),
        Q("the march had passed off peacefully, apart from a few flares set off near the Coolsingel", "indirect",
          "A spokesman for the municipality", None),
    ], source="blind"),
    Case("blind100-nl-north-sea-cod", """Dutch fishermen angry as EU cuts North Sea cod quota by a quarter

EU fisheries ministers have agreed to cut the North Sea cod quota by 25% next year, a blow to Dutch fishermen who say stocks are recovering faster than scientists claim.

The deal, reached in Brussels in the early hours of Wednesday after two days of talks, follows advice from the International Council for the Exploration of the Sea (ICES). Last month ICES said the stock had shrunk again in 2024. It described cod numbers as ‘well below safe biological limits’.

Agriculture and fisheries minister Hester Dijkstra said the Netherlands had fought for a smaller cut but had been outvoted. ‘I would have liked a different outcome, but this is the best we could get,’ she told reporters in Brussels.

On Urk, the former island that is home to a large part of the Dutch fleet, the mood was grim. Fishermen there are still reeling from the 2021 ban on so-called ‘pulse fishing’.

‘Every year they tell us to wait, and every year there are fewer of us left,’ said Jan Hoekman, whose family has fished from Urk for four generations. Hoekman said he expected more families to leave the trade within a few years.

VisNed chairman Pieter Kramer said skippers were seeing ‘more cod than in years’ in their nets. ‘The science is two years behind what is happening at sea,’ Kramer told broadcaster NOS.

The European Commission said the cut was needed to ‘give the stock a real chance to recover’.

Environmental group Blue Sea Alliance welcomed the cut but said it did not go far enough. ‘Half measures got us here,’ campaigner Lotte Visser said.

According to Wageningen Marine Research, the Dutch cod catch is worth about €10 million a year, a small share of the fleet’s income compared with sole and plaice.

De Telegraaf reported that several Urk companies were considering selling their boats under the government’s buy-out scheme.""", [
        Q("stocks are recovering faster than scientists claim", "indirect", "Dutch fishermen", None,
          speaker_at="Dutch fishermen who say"),
        Q("the stock had shrunk again in 2024", "indirect", "ICES",
          "International Council for the Exploration of the Sea", speaker_at="ICES said"),
        Q("‘well below safe biological limits’", "partial", "It",
          "International Council for the Exploration of the Sea", speaker_at="It described"),
        Q("the Netherlands had fought for a smaller cut but had been outvoted", "indirect", "Hester Dijkstra",
          "Hester Dijkstra"),
        Q("‘I would have liked a different outcome, but this is the best we could get,’", "direct", "she",
          "Hester Dijkstra", speaker_at="she told"),
        Q("‘Every year they tell us to wait, and every year there are fewer of us left,’", "direct", "Jan Hoekman",
          "Jan Hoekman"),
        Q("he expected more families to leave the trade within a few years", "indirect", "Hoekman", "Jan Hoekman",
          speaker_at="Hoekman said"),
        Q("‘more cod than in years’", "partial", "Pieter Kramer", "Pieter Kramer"),
        Q("‘The science is two years behind what is happening at sea,’", "direct", "Kramer", "Pieter Kramer",
          speaker_at="Kramer told"),
        Q("‘give the stock a real chance to recover’", "partial", "The European Commission", "European Commission"),
        Q("it did not go far enough", "indirect", "Blue Sea Alliance", "Blue Sea Alliance"),
        Q("‘Half measures got us here,’", "direct", "Lotte Visser", "Lotte Visser"),
        Q("the Dutch cod catch is worth about €10 million a year, a small share of the fleet’s income compared with "
          "sole and plaice", "indirect", "Wageningen Marine Research", "Wageningen Marine Research"),
        Q("that several Urk companies were considering selling their boats under the government’s buy-out scheme",
          "indirect", "De Telegraaf", "De Telegraaf"),
    ], source="blind"),
]
