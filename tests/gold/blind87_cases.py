"""Blind gold set 87: short news articles from many outlets, written once.

Written without looking at the pretagger, its output or the other gold sets. Sixteen fresh articles in the
house styles of Brazilian and Chilean English-language business news, Gibraltar and Falkland Islands papers,
Solomon Islands and Vanuatu outlets and US state capitol press bureaux, each with every quote annotated in
order of appearance. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind87-copper-royalty-chile", """Senate committee clears copper royalty bill as miners warn of investment \
chill

SANTIAGO – Chile's Senate finance committee approved the government's copper royalty bill on Tuesday in a 3-2 vote, \
clearing the way for a floor debate next month on a measure that would lift the effective tax burden on the largest \
miners to as much as 46.5%.

Finance Minister Rodrigo Valdivieso said the revised text struck "a reasonable balance" between the state's need for \
revenue and the competitiveness of the industry.

"We have listened to the companies, and we have made real changes to the bill," Valdivieso told reporters outside \
Congress in Valparaíso. "What we will not accept is a royalty that exists only on paper."

He added that the Treasury expected to collect about US$1.35 billion a year once the tax is fully in force, roughly \
0.45% of GDP.

The bill, known in Congress simply as the "Ley de Royalty", has been under debate since 2022.

The Mining Council, which groups the country's largest producers, said in a statement that the committee had ignored \
its warnings about the cumulative tax load. According to the council, at least US$4 billion in planned projects could \
be delayed if the bill passes unchanged.

"Investors look at the whole picture, and right now the picture in Chile is uncertain," said Joaquín Villalobos, the \
council's executive president. "Peru and Argentina are not standing still."

Opposition senator Paulina Echeverría, who voted against the text, said the government had "moved the goalposts three \
times" since the bill was first presented. She told Diario Financiero that her coalition would table amendments to cap \
the combined rate at 40%.

Regional leaders in the north welcomed a provision that would channel part of the revenue to mining communities. "For \
Antofagasta this means roads, clinics and schools that we have waited decades for," Antofagasta governor Patricio \
Ulloa said.

Analysts at local brokerage LarrainVial said the final rate was likely to land somewhere between the government's \
proposal and the industry's position.

Copper traded near US$8,600 a tonne on the London Metal Exchange on Tuesday.""", [
        Q('"a reasonable balance"', "partial", "Rodrigo Valdivieso", "Rodrigo Valdivieso"),
        Q('"We have listened to the companies, and we have made real changes to the bill,"', "direct", "Valdivieso",
          "Rodrigo Valdivieso", speaker_at="Valdivieso told"),
        Q('"What we will not accept is a royalty that exists only on paper."', "direct", "Valdivieso",
          "Rodrigo Valdivieso", speaker_at="Valdivieso told"),
        Q("the Treasury expected to collect about US$1.35 billion a year once the tax is fully in force, "
          "roughly 0.45% of GDP", "indirect", "He", "Rodrigo Valdivieso", speaker_at="He added"),
        Q("that the committee had ignored its warnings about the cumulative tax load", "indirect",
          "The Mining Council", "Mining Council"),
        Q("at least US$4 billion in planned projects could be delayed if the bill passes unchanged", "indirect",
          "the council", "Mining Council", speaker_at="According to the council"),
        Q('"Investors look at the whole picture, and right now the picture in Chile is uncertain,"', "direct",
          "Joaquín Villalobos", "Joaquín Villalobos"),
        Q('"Peru and Argentina are not standing still."', "direct", "Joaquín Villalobos", "Joaquín Villalobos"),
        Q('"moved the goalposts three times"', "partial", "Paulina Echeverría", "Paulina Echeverría"),
        Q("that her coalition would table amendments to cap the combined rate at 40%", "indirect", "She",
          "Paulina Echeverría", speaker_at="She told"),
        Q('"For Antofagasta this means roads, clinics and schools that we have waited decades for,"', "direct",
          "Patricio Ulloa", "Patricio Ulloa"),
        Q("the final rate was likely to land somewhere between the government's proposal and the industry's "
          "position", "indirect", "Analysts at local brokerage LarrainVial", None),
    ], source="blind"),
    Case("blind87-copper-royalty-arizona", """Copper royalty bill clears Senate panel over mining industry objections

PHOENIX — A bill that would raise the royalty Arizona collects on copper mined from state trust land cleared a Senate \
committee Wednesday, setting up a fight with an industry that has long been one of the state's economic pillars.

Senate Bill 1427, which supporters have branded the "Fair Share for Schools Act," would lift the minimum royalty on \
minerals taken from trust land from 2% to 5% of gross value. The extra money would flow to the K-12 schools that \
benefit from the trust.

"Those who mine our land should pay a fair price for what they take out of it," said Sen. Teresa Delgado, D-Tucson, \
the bill's sponsor. "Right now the schools are getting pennies."

The measure passed the Natural Resources Committee 4-3, with Republican Sen. Carl Haney of Sierra Vista joining the \
panel's three Democrats.

Haney said he backed the bill because the rate had not been reviewed since the 1990s. But he warned that the measure \
could still lose his vote. A broader version, he said, would be "a tax on every small operator in the state."

Kathleen Marr, president of the Arizona Mining Association, told the committee that the increase would make trust land \
among the most expensive places in the country to mine copper.

"We are not against paying our share," Marr said. "But you cannot change the rules halfway through a 30-year project \
and expect companies to keep coming here."

According to the State Land Department, mineral royalties brought in about $31 million in the last fiscal year, most \
of it from two copper operations in Graham and Gila counties.

Rep. Wade Kimball, R-Safford, whose district includes several large mines, called the bill "a solution in search of a \
problem." He said in an interview that miners already pay property and severance taxes that fund local governments.

"My constituents' jobs depend on those mines," Kimball said, "and I'm not going to vote for anything that puts them at \
risk."

Marisol Ortega, a fourth-grade teacher from Yuma, told lawmakers she spends about $600 a year of her own money on \
classroom supplies.

A spokesperson for the governor said she was reviewing the bill and had not taken a position.

The bill next goes to the Senate Appropriations Committee.""", [
        Q('"Those who mine our land should pay a fair price for what they take out of it,"', "direct",
          "Teresa Delgado", "Teresa Delgado"),
        Q('"Right now the schools are getting pennies."', "direct", "Teresa Delgado", "Teresa Delgado"),
        Q("he backed the bill because the rate had not been reviewed since the 1990s", "indirect", "Haney",
          "Carl Haney", speaker_at="Haney said"),
        Q("that the measure could still lose his vote", "indirect", "he", "Carl Haney", speaker_at="he warned"),
        Q('"a tax on every small operator in the state."', "partial", "he", "Carl Haney",
          speaker_at="he said, would"),
        Q("that the increase would make trust land among the most expensive places in the country to mine copper",
          "indirect", "Kathleen Marr", "Kathleen Marr"),
        Q('"We are not against paying our share,"', "direct", "Marr", "Kathleen Marr", speaker_at="Marr said"),
        Q('"But you cannot change the rules halfway through a 30-year project and expect companies to keep '
          'coming here."', "direct", "Marr", "Kathleen Marr", speaker_at="Marr said"),
        Q("mineral royalties brought in about $31 million in the last fiscal year, most of it from two copper "
          "operations in Graham and Gila counties", "indirect", "the State Land Department", "State Land Department"),
        Q('"a solution in search of a problem."', "partial", "Wade Kimball", "Wade Kimball"),
        Q("that miners already pay property and severance taxes that fund local governments", "indirect", "He",
          "Wade Kimball", speaker_at="He said in an interview"),
        Q('"My constituents\' jobs depend on those mines,"', "direct", "Kimball", "Wade Kimball",
          speaker_at="Kimball said"),
        Q('"and I\'m not going to vote for anything that puts them at risk."', "direct", "Kimball", "Wade Kimball",
          speaker_at="Kimball said"),
        Q("she spends about $600 a year of her own money on classroom supplies", "indirect", "Marisol Ortega",
          "Marisol Ortega"),
        Q("she was reviewing the bill and had not taken a position", "indirect", "A spokesperson for the governor",
          None),
    ], source="blind"),
    Case("blind87-lithium-permit-chile", """Regulator grants lithium permit for Maricunga project; Colla communities \
vow appeal

SANTIAGO – The Chilean Nuclear Energy Commission (CChEN) has granted Andes Litio a permit to extract and sell up to \
300,000 tonnes of lithium carbonate equivalent from the Maricunga salt flat, the company said on Monday, a key step \
for one of the largest lithium projects outside the Salar de Atacama.

The permit covers a 25-year period and allows production to begin in 2027, the Toronto-listed company said in a filing \
with Chile's financial market regulator, the CMF.

"This is the green light we have been waiting for since 2019," Andes Litio chief executive Felipe Aránguiz said in a \
statement. "We can now move to a final investment decision in the second half of the year."

The commission confirmed the decision but declined to give details, saying only that the application had met "all \
technical and safety requirements."

Aránguiz told analysts on a conference call that the company was in talks with two Asian battery makers over supply \
agreements. A first contract could be signed "within weeks," he said.

The approval comes as Chile tries to regain ground lost to Argentina and Australia in the race to supply lithium for \
electric vehicle batteries.

Not everyone welcomed the news. Leaders of the Colla indigenous communities of the Copiapó highlands said they had not \
been properly consulted and would challenge the permit before the environmental court in Antofagasta.

"They are taking the water from under our feet, and nobody has asked us," said Ercilia Araya, president of the Sinchi \
Wayra Colla community.

Araya said the lagoons of the salt flat, which feed colonies of flamingos, had shrunk visibly over the past decade. \
"When the water is gone, it does not come back," she added.

Mining Minister Carolina Ibáñez told Radio Bío Bío that the project would be subject to "the strictest environmental \
monitoring in the country" and that the communities would receive a share of the revenue.

Shares in Andes Litio rose 11% in Toronto on Monday. Matías Cornejo, an analyst at Santiago-based Renta Andina, said \
the permit "removes the biggest single risk" to the project but warned that lithium prices remained well below their \
2022 peak.""", [
        Q("The Chilean Nuclear Energy Commission (CChEN) has granted Andes Litio a permit to extract and sell up to "
          "300,000 tonnes of lithium carbonate equivalent from the Maricunga salt flat", "indirect", "the company",
          "Andes Litio", speaker_at="the company said on Monday"),
        Q("The permit covers a 25-year period and allows production to begin in 2027", "indirect",
          "the Toronto-listed company", "Andes Litio"),
        Q('"This is the green light we have been waiting for since 2019,"', "direct", "Felipe Aránguiz",
          "Felipe Aránguiz"),
        Q('"We can now move to a final investment decision in the second half of the year."', "direct",
          "Felipe Aránguiz", "Felipe Aránguiz"),
        Q('"all technical and safety requirements."', "partial", "The commission",
          "Chilean Nuclear Energy Commission"),
        Q("that the company was in talks with two Asian battery makers over supply agreements", "indirect",
          "Aránguiz", "Felipe Aránguiz", speaker_at="Aránguiz told"),
        Q('"within weeks,"', "partial", "he", "Felipe Aránguiz", speaker_at="he said."),
        Q("they had not been properly consulted and would challenge the permit before the environmental court in "
          "Antofagasta", "indirect", "Leaders of the Colla indigenous communities of the Copiapó highlands", None),
        Q('"They are taking the water from under our feet, and nobody has asked us,"', "direct", "Ercilia Araya",
          "Ercilia Araya"),
        Q("the lagoons of the salt flat, which feed colonies of flamingos, had shrunk visibly over the past decade",
          "indirect", "Araya", "Ercilia Araya", speaker_at="Araya said"),
        Q('"When the water is gone, it does not come back,"', "direct", "she", "Ercilia Araya",
          speaker_at="she added"),
        Q('"the strictest environmental monitoring in the country"', "partial", "Carolina Ibáñez",
          "Carolina Ibáñez"),
        Q("that the communities would receive a share of the revenue", "indirect", "Carolina Ibáñez",
          "Carolina Ibáñez"),
        Q('"removes the biggest single risk"', "partial", "Matías Cornejo", "Matías Cornejo"),
        Q("that lithium prices remained well below their 2022 peak", "indirect", "Matías Cornejo", "Matías Cornejo"),
    ], source="blind"),
    Case("blind87-lithium-licence-brazil", """Minas Gerais grants installation licence to Itinga lithium mine

RIO DE JANEIRO, BRAZIL – The Minas Gerais state environmental council (COPAM) on Friday approved an installation \
licence for a lithium mine and concentrator in the Jequitinhonha Valley, allowing Canadian-backed Itinga Lítio to \
begin building a project designed to produce 250,000 tonnes of spodumene concentrate a year.

The decision, taken by a vote of 9 to 3 after a session that lasted more than seven hours, was celebrated by the state \
government, which has promoted the region to foreign investors as “Lithium Valley.”

“This licence means jobs and income in one of the poorest regions of Brazil,” state secretary for economic development \
Henrique Paixão said after the vote. According to Paixão, the project will create about 1,100 jobs during construction \
and 400 permanent positions.

Itinga Lítio’s chief executive, Renata Goulart, said in a statement that the company would start earthworks in the \
coming weeks. First production is expected in the second half of 2026, she said.

“We have committed to using dry-stacked tailings, with no dams, and to recycling more than 90% of the water we use,” \
Goulart added.

The Public Prosecutor’s Office of Minas Gerais (MPMG) had asked the council to postpone the vote, arguing that the \
environmental impact study underestimated the effect on water supplies for small farmers. Prosecutor Luciana Gontijo \
told reporters the office would “analyse all legal options,” including a request for an injunction.

Residents of Piauí, a rural community about two kilometres from the planned pit, said they feared dust from the mine \
and the loss of the springs that supply their homes.

“Nobody here is against progress, but we want to know where our water will come from,” said farmer Edvaldo Ramos, 58, \
who grows beans and cassava on a small plot near the site. “The company has never sent anyone to explain that to us.”

Brazil’s Ministry of Mines and Energy (MME) said in a note that the country could become one of the world’s five \
largest lithium producers by 2030.

Shares of Itinga Lítio’s Canadian parent rose 7% in Toronto. Tiago Mourão, a mining analyst at XP Investimentos, said \
the licence “removes an important overhang” for the company.""", [
        Q("“This licence means jobs and income in one of the poorest regions of Brazil,”", "direct",
          "Henrique Paixão", "Henrique Paixão"),
        Q("the project will create about 1,100 jobs during construction and 400 permanent positions", "indirect",
          "Paixão", "Henrique Paixão", speaker_at="According to Paixão"),
        Q("that the company would start earthworks in the coming weeks", "indirect", "Renata Goulart",
          "Renata Goulart"),
        Q("First production is expected in the second half of 2026", "indirect", "she", "Renata Goulart",
          speaker_at="she said"),
        Q("“We have committed to using dry-stacked tailings, with no dams, and to recycling more than 90% of the "
          "water we use,”", "direct", "Goulart", "Renata Goulart", speaker_at="Goulart added"),
        Q("that the environmental impact study underestimated the effect on water supplies for small farmers",
          "indirect", "The Public Prosecutor’s Office of Minas Gerais", "Public Prosecutor’s Office of Minas Gerais"),
        Q("“analyse all legal options,”", "partial", "Luciana Gontijo", "Luciana Gontijo"),
        Q("they feared dust from the mine and the loss of the springs that supply their homes", "indirect",
          "Residents of Piauí", None),
        Q("“Nobody here is against progress, but we want to know where our water will come from,”", "direct",
          "Edvaldo Ramos", "Edvaldo Ramos"),
        Q("“The company has never sent anyone to explain that to us.”", "direct", "Edvaldo Ramos", "Edvaldo Ramos"),
        Q("that the country could become one of the world’s five largest lithium producers by 2030", "indirect",
          "Brazil’s Ministry of Mines and Energy", "Ministry of Mines and Energy"),
        Q("“removes an important overhang”", "partial", "Tiago Mourão", "Tiago Mourão"),
    ], source="blind"),
    Case("blind87-border-queues-gibraltar", """Government protests to Madrid over three-hour frontier queues

The Gibraltar Government has lodged a formal protest with Madrid after motorists waited up to three hours to cross \
into Spain on Friday evening, in what officials described as ‘disproportionate’ checks by Spanish police.

In a statement, the Government said the queues had been caused by a deliberate slowdown in the processing of vehicles \
on the Spanish side. It called the delays ‘wholly unacceptable’ at a time when both sides were meant to be building \
trust.

Transport Minister Adrian Olivero, who went to the frontier on Friday night, said: ‘I saw families with small \
children, elderly people and workers coming off a ten-hour shift sitting in their cars for hours.

‘This is not how neighbours treat each other, and it is not what was agreed.’

Mr Olivero said he had raised the matter with the Spanish Government’s sub-delegation in Cádiz and would be writing to \
the Foreign Office in London.

A spokesman for the sub-delegation told GBC that officers had simply been applying ‘the checks required under Schengen \
rules’. He said there had been no instruction to slow traffic.

Unite the Union said cross-frontier workers were once again bearing the brunt. ‘Our members are losing two, sometimes \
three hours a day, and nobody is paying them for it,’ regional officer Maria Ghio said.

Juan José Moreno, who chairs the Spanish workers’ association ASCTEG, said his members felt ‘caught in the middle’ of \
a dispute they had no part in.

The mayor of La Línea, Manuel Ruiz Bocanegra, said the queues were hurting businesses on both sides of the fence. He \
urged Madrid and London to ‘stop using the frontier as a weapon’.

The opposition Gibraltar Social Democrats (GSD) said the Government had been ‘caught flat-footed’. No contingency plan \
had been in place, the party said.

According to the Royal Gibraltar Police, traffic was flowing normally by Saturday morning.""", [
        Q("‘disproportionate’", "partial", "officials", None),
        Q("the queues had been caused by a deliberate slowdown in the processing of vehicles on the Spanish side",
          "indirect", "the Government", "Gibraltar Government", speaker_at="the Government said the queues"),
        Q("‘wholly unacceptable’", "partial", "It", "Gibraltar Government", speaker_at="It called"),
        Q("‘I saw families with small children, elderly people and workers coming off a ten-hour shift sitting in "
          "their cars for hours.", "direct", "Adrian Olivero", "Adrian Olivero"),
        Q("‘This is not how neighbours treat each other, and it is not what was agreed.’", "direct",
          "Adrian Olivero", "Adrian Olivero"),
        Q("he had raised the matter with the Spanish Government’s sub-delegation in Cádiz and would be writing to "
          "the Foreign Office in London", "indirect", "Olivero", "Adrian Olivero", speaker_at="Mr Olivero said"),
        Q("‘the checks required under Schengen rules’", "partial", "A spokesman for the sub-delegation", None),
        Q("there had been no instruction to slow traffic", "indirect", "He", None, speaker_at="He said there"),
        Q("cross-frontier workers were once again bearing the brunt", "indirect", "Unite the Union",
          "Unite the Union"),
        Q("‘Our members are losing two, sometimes three hours a day, and nobody is paying them for it,’", "direct",
          "Maria Ghio", "Maria Ghio"),
        Q("‘caught in the middle’", "partial", "Juan José Moreno", "Juan José Moreno"),
        Q("the queues were hurting businesses on both sides of the fence", "indirect", "Manuel Ruiz Bocanegra",
          "Manuel Ruiz Bocanegra"),
        Q("‘stop using the frontier as a weapon’", "partial", "He", "Manuel Ruiz Bocanegra", speaker_at="He urged"),
        Q("‘caught flat-footed’", "partial", "Gibraltar Social Democrats", "Gibraltar Social Democrats"),
        Q("No contingency plan had been in place", "indirect", "the party", "Gibraltar Social Democrats"),
        Q("traffic was flowing normally by Saturday morning", "indirect", "the Royal Gibraltar Police",
          "Royal Gibraltar Police"),
    ], source="blind"),
    Case("blind87-border-queues-chile", """Truckers block Arica highway as Chacalluta border queues stretch to 12 km

ARICA – Hundreds of truck drivers blocked part of Route 5 north of Arica on Thursday to protest waiting times of up to \
40 hours at the Chacalluta-Santa Rosa crossing with Peru, in a dispute that has left dozens of refrigerated trucks \
idling in the desert.

The line of cargo vehicles stretched for about 12 kilometers at its peak on Wednesday night, according to the Arica \
and Parinacota regional government.

"We sleep in the cab, we eat in the cab, and there is not even a bathroom," said Hernán Mamani, a driver from Iquique \
who had been waiting since Tuesday. "They treat us as if we were smuggling something."

The Northern Cargo Transport Association (Asotrans Norte) said the delays were caused by a shortage of customs \
inspectors on the Chilean side and by a new scanning system that had broken down twice in a week. Its president, \
Claudio Zegarra, said drivers would stay on the highway "as long as it takes."

Chile's National Customs Service rejected the claims. In a statement, the agency said staffing at Chacalluta had risen \
by 15% this year and blamed the backlog on "slower procedures on the Peruvian side." It also said it would reopen the \
so-called "green lane" for perishable cargo by Monday.

Peru's tax and customs authority, Sunat, said it was working "at full capacity" at Santa Rosa and insisted the \
bottleneck was on the Chilean side.

Presidential delegate for the region Daniela Cortés said the government would send 20 extra inspectors from Santiago \
by the weekend.

"This is not a problem between Chile and Peru. It is a problem of logistics, and we are going to fix it," Cortés said.

Exporters in the Azapa Valley, which ship tomatoes and olives to Peruvian and Bolivian markets, say the blockade has \
made matters worse. According to Javier Solari, manager of the Azapa Valley Growers' Association, each day of delay \
costs a refrigerated truck about US$800 in fuel and spoiled produce.

"Half a load of tomatoes is already lost by the time it reaches Tacna," Solari said.

Police said traffic on Route 5 was being diverted along the Lluta valley road.""", [
        Q("The line of cargo vehicles stretched for about 12 kilometers at its peak on Wednesday night", "indirect",
          "the Arica and Parinacota regional government", "Arica and Parinacota regional government"),
        Q('"We sleep in the cab, we eat in the cab, and there is not even a bathroom,"', "direct", "Hernán Mamani",
          "Hernán Mamani"),
        Q('"They treat us as if we were smuggling something."', "direct", "Hernán Mamani", "Hernán Mamani"),
        Q("the delays were caused by a shortage of customs inspectors on the Chilean side and by a new scanning "
          "system that had broken down twice in a week", "indirect", "The Northern Cargo Transport Association",
          "Northern Cargo Transport Association"),
        Q('"as long as it takes."', "partial", "Claudio Zegarra", "Claudio Zegarra"),
        Q("staffing at Chacalluta had risen by 15% this year", "indirect", "the agency", "National Customs Service",
          speaker_at="the agency said"),
        Q('"slower procedures on the Peruvian side."', "partial", "the agency", "National Customs Service",
          speaker_at="the agency said"),
        Q('it would reopen the so-called "green lane" for perishable cargo by Monday', "indirect", "It",
          "National Customs Service", speaker_at="It also said"),
        Q('"at full capacity"', "partial", "Sunat", "Sunat"),
        Q("the bottleneck was on the Chilean side", "indirect", "Sunat", "Sunat"),
        Q("the government would send 20 extra inspectors from Santiago by the weekend", "indirect", "Daniela Cortés",
          "Daniela Cortés"),
        Q('"This is not a problem between Chile and Peru. It is a problem of logistics, and we are going to fix '
          'it,"', "direct", "Cortés", "Daniela Cortés",
          speaker_at='fix it," Cortés said'),
        Q("the blockade has made matters worse", "indirect", "Exporters in the Azapa Valley", None),
        Q("each day of delay costs a refrigerated truck about US$800 in fuel and spoiled produce", "indirect",
          "Javier Solari", "Javier Solari"),
        Q('"Half a load of tomatoes is already lost by the time it reaches Tacna,"', "direct", "Solari",
          "Javier Solari", speaker_at="Solari said"),
        Q("traffic on Route 5 was being diverted along the Lluta valley road", "indirect", "Police", None),
    ], source="blind"),
    Case("blind87-logging-licence-solomons", """Landowners demand halt to Kolombangara logging licence

By GEORGE MANEBONA

Landowners on Kolombangara Island in Western Province are calling on the Ministry of Forestry and Research to cancel a \
felling licence granted to a Malaysian-owned company.

The licence, issued in March to Green Valley Timber Ltd, covers about 4,000 hectares of customary land above the Vila \
River, according to documents seen by the Solomon Star.

Chief Wilson Kikolo of the Ririgo tribe said the timber rights hearing had been held in Gizo without notice to most \
tribal members.

“Our people were not there, our elders were not there, and yet a few men signed away the forest for all of us,” Chief \
Kikolo said.

He said the tribe had written twice to the Commissioner of Forests but had received no reply.

“If the ministry does not act, we will go to the High Court,” he warned.

A spokesperson for Green Valley Timber told the Solomon Star that the company had followed “every step required under \
the Forest Resources and Timber Utilisation Act”. The spokesperson said the company had the support of the majority of \
landowners.

Permanent Secretary of the Ministry of Forestry and Research, Dr Rose Tuhaika, confirmed that the ministry had \
received the complaint. She said a team of forestry officers would travel to the island next month.

“We want to verify the facts on the ground before we decide anything,” Dr Tuhaika said.

Ellison Pitakaka, coordinator of the Kolombangara Forest Guardians, said the forest above 400 metres was meant to be \
protected under a provincial ordinance.

“The upper forest is the island’s water tank,” Mr Pitakaka said. “Once it is logged, the streams that feed every \
village on the coast will run brown.”

The Western Provincial Government said in a statement it had not been consulted on the licence. Premier Lionel Pitu \
described the process as “deeply flawed”.

More than half of the island’s lowland forest has already been logged since the 1960s.

The dispute will be discussed on SIBC’s “Talking Point” programme on Thursday.""", [
        Q("The licence, issued in March to Green Valley Timber Ltd, covers about 4,000 hectares of customary land "
          "above the Vila River", "indirect", "documents seen by the Solomon Star", None),
        Q("the timber rights hearing had been held in Gizo without notice to most tribal members", "indirect",
          "Wilson Kikolo", "Wilson Kikolo"),
        Q("“Our people were not there, our elders were not there, and yet a few men signed away the forest for all "
          "of us,”", "direct", "Kikolo", "Wilson Kikolo", speaker_at="Chief Kikolo said"),
        Q("the tribe had written twice to the Commissioner of Forests but had received no reply", "indirect", "He",
          "Wilson Kikolo", speaker_at="He said the tribe"),
        Q("“If the ministry does not act, we will go to the High Court,”", "direct", "he", "Wilson Kikolo",
          speaker_at="he warned"),
        Q("“every step required under the Forest Resources and Timber Utilisation Act”", "partial",
          "A spokesperson for Green Valley Timber", None),
        Q("the company had the support of the majority of landowners", "indirect", "The spokesperson", None),
        Q("that the ministry had received the complaint", "indirect", "Rose Tuhaika", "Rose Tuhaika"),
        Q("a team of forestry officers would travel to the island next month", "indirect", "She", "Rose Tuhaika",
          speaker_at="She said"),
        Q("“We want to verify the facts on the ground before we decide anything,”", "direct", "Tuhaika",
          "Rose Tuhaika", speaker_at="Dr Tuhaika said"),
        Q("the forest above 400 metres was meant to be protected under a provincial ordinance", "indirect",
          "Ellison Pitakaka", "Ellison Pitakaka"),
        Q("“The upper forest is the island’s water tank,”", "direct", "Pitakaka", "Ellison Pitakaka",
          speaker_at="Mr Pitakaka said"),
        Q("“Once it is logged, the streams that feed every village on the coast will run brown.”", "direct",
          "Pitakaka", "Ellison Pitakaka", speaker_at="Mr Pitakaka said"),
        Q("it had not been consulted on the licence", "indirect", "The Western Provincial Government",
          "Western Provincial Government"),
        Q("“deeply flawed”", "partial", "Lionel Pitu", "Lionel Pitu"),
    ], source="blind"),
    Case("blind87-logging-licence-vanuatu", """Forestry department suspends Malekula logging licence after chiefs’ \
complaint

By ANITA ROARAVA

The Department of Forests has suspended a logging licence held by a foreign-owned company in South West Malekula \
following complaints from chiefs that the operator had cut trees outside its approved area.

Director of Forests Hanington Tate confirmed the suspension to the Daily Post yesterday. He said the licence would \
remain suspended until an investigation was completed.

“Our officers went to the site last week and found evidence of logging inside a tabu area and along a river bank, \
which is not allowed under the Forestry Act,” Mr Tate said.

The company, Sunrise Timber Ltd, denies any wrongdoing. Its manager in Port Vila, David Lau, said the boundaries had \
been marked in the presence of custom owners and the area council secretary.

“We have all the documents. We are ready to show them to anyone who asks,” Mr Lau said. He described the complaint as \
“politics between two families”.

Paramount chief of the area, Chief Ronald Nimbau, said the forest along the river was home to several sacred sites.

“When the places of our ancestors are destroyed, no money can bring them back,” Chief Nimbau said, speaking in \
Bislama. “We did not say yes to this.”

According to the chief, more than 200 logs had already been taken to a beach landing at Wintua before the suspension.

Leias Molisa, coordinator of the Port Vila-based group Vanuatu Forest Watch, said logging licences in the provinces \
were often issued “without anyone checking what happens on the ground”.

Minister of Agriculture, Livestock, Forestry, Fisheries and Biosecurity, Samson Vatu, told a press conference on \
Tuesday that the government would review all active logging licences in the country.

He said: “If any company is found to have breached its licence, it will be cancelled. There will be no second chances.”

Logging exports earned Vanuatu about VT180 million last year, according to the Department of Forests.""", [
        Q("the operator had cut trees outside its approved area", "indirect", "chiefs", None,
          speaker_at="complaints from chiefs"),
        Q("the licence would remain suspended until an investigation was completed", "indirect", "He",
          "Hanington Tate", speaker_at="He said the licence"),
        Q("“Our officers went to the site last week and found evidence of logging inside a tabu area and along a "
          "river bank, which is not allowed under the Forestry Act,”", "direct", "Tate", "Hanington Tate",
          speaker_at="Mr Tate said"),
        Q("the boundaries had been marked in the presence of custom owners and the area council secretary",
          "indirect", "David Lau", "David Lau"),
        Q("“We have all the documents. We are ready to show them to anyone who asks,”", "direct", "Lau",
          "David Lau", speaker_at="Mr Lau said"),
        Q("“politics between two families”", "partial", "He", "David Lau", speaker_at="He described"),
        Q("the forest along the river was home to several sacred sites", "indirect", "Ronald Nimbau",
          "Ronald Nimbau"),
        Q("“When the places of our ancestors are destroyed, no money can bring them back,”", "direct", "Nimbau",
          "Ronald Nimbau", speaker_at="Chief Nimbau said"),
        Q("“We did not say yes to this.”", "direct", "Nimbau", "Ronald Nimbau", speaker_at="Chief Nimbau said"),
        Q("more than 200 logs had already been taken to a beach landing at Wintua before the suspension", "indirect",
          "the chief", "Ronald Nimbau", speaker_at="According to the chief"),
        Q("“without anyone checking what happens on the ground”", "partial", "Leias Molisa", "Leias Molisa"),
        Q("that the government would review all active logging licences in the country", "indirect", "Samson Vatu",
          "Samson Vatu"),
        Q("“If any company is found to have breached its licence, it will be cancelled. There will be no second "
          "chances.”", "direct", "He", "Samson Vatu", speaker_at="He said:"),
        Q("Logging exports earned Vanuatu about VT180 million last year", "indirect", "the Department of Forests",
          "Department of Forests"),
    ], source="blind"),
    Case("blind87-cyclone-flight-vanuatu", """First relief flight lands on Tanna as cyclone assessments continue

By GLENDA WILLIE

A Royal New Zealand Air Force Hercules carrying water containers, tarpaulins and hygiene kits landed at Whitegrass \
Airport on Tanna yesterday afternoon, the first international relief flight to reach the island since Tropical Cyclone \
Harriet struck on Sunday.

The National Disaster Management Office (NDMO) said the aircraft carried about 12 tonnes of supplies, which would be \
distributed to the worst-hit areas in the south and west of the island over the coming days.

“The people of Tanna have been waiting and we are very grateful to our partners for moving so quickly,” NDMO Director \
Jerry Iaruel said at Bauerfield International Airport before the aircraft left Port Vila.

Mr Iaruel said initial assessments showed that more than 3,000 homes on Tanna had been damaged or destroyed, while \
water sources in several villages had been contaminated.

Each box unloaded from the Hercules was stamped “Gift of the People of New Zealand”.

The New Zealand High Commission said in a statement that a second flight was planned for Saturday, weather permitting.

Tafea Secretary General Kalo Nakou told the Daily Post by phone from Isangel that the roads to the east side of the \
island remained blocked by fallen trees.

“Many families are sleeping under the trees. Gardens are flat, and people will need food for months, not weeks,” he \
said.

Residents of Lenakel said shops had run out of rice and kerosene within two days of the storm.

A mother of four in Imaki, who gave her name only as Nancy, said her family had lost “everything except the clothes we \
were wearing”.

Air Vanuatu said its domestic flights to Tanna would resume on Monday, subject to the runway being cleared for \
commercial operations.

“Australia stands with Vanuatu, as we always have,” Australian High Commissioner Rachel Whitford said, confirming that \
an Australian Defence Force C-17 would land in Port Vila on Friday with shelter kits and a medical team.

The Vanuatu Meteorology and Geo-Hazards Department (VMGD) warned that another low pressure system could form north of \
the group next week.""", [
        Q("the aircraft carried about 12 tonnes of supplies, which would be distributed to the worst-hit areas in the "
          "south and west of the island over the coming days", "indirect", "The National Disaster Management Office",
          "National Disaster Management Office"),
        Q("“The people of Tanna have been waiting and we are very grateful to our partners for moving so quickly,”",
          "direct", "Jerry Iaruel", "Jerry Iaruel"),
        Q("initial assessments showed that more than 3,000 homes on Tanna had been damaged or destroyed, while water "
          "sources in several villages had been contaminated", "indirect", "Iaruel", "Jerry Iaruel",
          speaker_at="Mr Iaruel said"),
        Q("that a second flight was planned for Saturday, weather permitting", "indirect",
          "The New Zealand High Commission", "New Zealand High Commission"),
        Q("that the roads to the east side of the island remained blocked by fallen trees", "indirect", "Kalo Nakou",
          "Kalo Nakou"),
        Q("“Many families are sleeping under the trees. Gardens are flat, and people will need food for months, not "
          "weeks,”", "direct", "he", "Kalo Nakou", speaker_at="he said"),
        Q("shops had run out of rice and kerosene within two days of the storm", "indirect", "Residents of Lenakel",
          None),
        Q("“everything except the clothes we were wearing”", "partial", "Nancy", "Nancy"),
        Q("its domestic flights to Tanna would resume on Monday, subject to the runway being cleared for commercial "
          "operations", "indirect", "Air Vanuatu", "Air Vanuatu", speaker_at="Air Vanuatu said"),
        Q("“Australia stands with Vanuatu, as we always have,”", "direct", "Rachel Whitford", "Rachel Whitford"),
        Q("that an Australian Defence Force C-17 would land in Port Vila on Friday with shelter kits and a medical "
          "team", "indirect", "Rachel Whitford", "Rachel Whitford"),
        Q("that another low pressure system could form north of the group next week", "indirect",
          "The Vanuatu Meteorology and Geo-Hazards Department", "Vanuatu Meteorology and Geo-Hazards Department"),
    ], source="blind"),
    Case("blind87-cyclone-flight-solomons", """Relief flight reaches Lata as Temotu counts cost of Cyclone Kirra

HONIARA – A Solomon Airlines charter carrying food rations, tarpaulins and medical supplies landed at Lata airport in \
Temotu Province on Wednesday, four days after Tropical Cyclone Kirra tore through the Santa Cruz group.

The National Emergency Operations Centre (NEOC) said the Dash 8 flight carried 4.5 tonnes of relief items funded by \
the Solomon Islands Government and Australia.

Speaking to SIBC before the flight left Honiara International Airport, NDMO Director Ronald Fugui said the priority \
was to reach outer islands such as Tikopia and Anuta.

"Our biggest worry is the small islands where there is no airstrip," Mr Fugui said. "We have had no proper contact \
with Tikopia since Saturday.

"We are working with the police maritime wing and our partners to get a ship there this week. That is the only way."

Temotu Provincial Premier Stanley Teanga said early reports from Nendo showed that at least 600 houses had been \
damaged and that food gardens had been wiped out.

Premier Teanga described the damage as "the worst since Cyclone Zoe in 2002".

According to the Premier, two people were injured by falling trees but no deaths had been reported.

The Solomon Islands Red Cross said its volunteers in Lata had begun distributing hygiene kits and water containers.

"People have lost their homes, but the biggest need right now is clean water," Red Cross Secretary General Clement \
Manuri said.

An Australian High Commission spokesperson said a Royal Australian Air Force C-130J was on standby in Brisbane to help \
if required.

A market vendor in Lata, who asked not to be named, told SIBC that the price of a bag of rice had doubled since the \
cyclone.

Relief supplies are being stored at the old "Lata Club" building near the wharf.

The Solomon Islands Meteorological Service said Kirra had weakened to a tropical low and was moving away to the \
southeast.""", [
        Q("the Dash 8 flight carried 4.5 tonnes of relief items funded by the Solomon Islands Government and "
          "Australia", "indirect", "The National Emergency Operations Centre", "National Emergency Operations Centre"),
        Q("the priority was to reach outer islands such as Tikopia and Anuta", "indirect", "Ronald Fugui",
          "Ronald Fugui"),
        Q('"Our biggest worry is the small islands where there is no airstrip,"', "direct", "Fugui", "Ronald Fugui",
          speaker_at="Mr Fugui said"),
        Q('"We have had no proper contact with Tikopia since Saturday.', "direct", "Fugui", "Ronald Fugui",
          speaker_at="Mr Fugui said"),
        Q('"We are working with the police maritime wing and our partners to get a ship there this week. That is '
          'the only way."', "direct", "Fugui", "Ronald Fugui", speaker_at="Mr Fugui said"),
        Q("early reports from Nendo showed that at least 600 houses had been damaged and that food gardens had been "
          "wiped out", "indirect", "Stanley Teanga", "Stanley Teanga"),
        Q('"the worst since Cyclone Zoe in 2002"', "partial", "Teanga", "Stanley Teanga",
          speaker_at="Premier Teanga described"),
        Q("two people were injured by falling trees but no deaths had been reported", "indirect", "the Premier",
          "Stanley Teanga", speaker_at="According to the Premier"),
        Q("its volunteers in Lata had begun distributing hygiene kits and water containers", "indirect",
          "The Solomon Islands Red Cross", "Solomon Islands Red Cross"),
        Q('"People have lost their homes, but the biggest need right now is clean water,"', "direct",
          "Clement Manuri", "Clement Manuri"),
        Q("a Royal Australian Air Force C-130J was on standby in Brisbane to help if required", "indirect",
          "An Australian High Commission spokesperson", None),
        Q("that the price of a bag of rice had doubled since the cyclone", "indirect", "A market vendor in Lata", None),
        Q("Kirra had weakened to a tropical low and was moving away to the southeast", "indirect",
          "The Solomon Islands Meteorological Service", "Solomon Islands Meteorological Service"),
    ], source="blind"),
    Case("blind87-budget-veto-wisconsin", """Governor's partial vetoes reshape $98 billion budget; GOP leaders cry foul

MADISON, Wis. (AP) — Gov. Laura Kessler signed Wisconsin's two-year, $98 billion state budget on Wednesday, but not \
before using her partial veto power 61 times to strike tax cuts, add money for public schools and rewrite a provision \
on road funding.

"This budget is not the one I would have written, but it's one I can sign," Kessler, a Democrat, said at a signing \
ceremony at an elementary school in Sun Prairie. "Where the Legislature fell short, I used the tools the constitution \
gives me."

Republican leaders, who control both chambers, accused the governor of overreach. Assembly Speaker Dale Brunner said \
in a statement that Kessler had "rewritten the will of the people's representatives with a pen."

Brunner said Republicans would consider a lawsuit challenging at least two of the vetoes, including one that struck \
two digits to turn a two-year increase in per-pupil funding into one that runs until 2125.

Senate Majority Leader Greg Thorsen, R-Oshkosh, called the veto "a stunt" and told reporters the Senate would not take \
up an override attempt because Republicans lacked the votes.

"We don't have the two-thirds, and she knows it," Thorsen said. "That's exactly why she did it."

Wisconsin governors have wielded the partial veto for decades, a practice long known in the Capitol as the "Vanna \
White veto."

The vetoes eliminated a $1.2 billion income tax cut that would have mostly benefited middle-income earners, according \
to the nonpartisan Legislative Fiscal Bureau.

School administrators welcomed the changes. "Our districts have been cutting for years," said Jennifer Raddatz, \
executive director of the Wisconsin Association of School Administrators. "This gives us something we can plan around."

Kessler spokesperson Britt Olson said the governor had also vetoed a provision that would have barred state agencies \
from expanding remote work.

Thomas Brehm, a professor at Marquette University Law School, said courts had generally upheld the partial veto, \
though the state Supreme Court had narrowed it in recent years.

"It's the most powerful veto in the country, and no governor has ever been shy about using it," Brehm said, adding \
that any lawsuit would likely end up before the Supreme Court.""", [
        Q('"This budget is not the one I would have written, but it\'s one I can sign,"', "direct", "Kessler",
          "Laura Kessler", speaker_at="Kessler, a Democrat, said"),
        Q('"Where the Legislature fell short, I used the tools the constitution gives me."', "direct", "Kessler",
          "Laura Kessler", speaker_at="Kessler, a Democrat, said"),
        Q('"rewritten the will of the people\'s representatives with a pen."', "partial", "Dale Brunner",
          "Dale Brunner"),
        Q("Republicans would consider a lawsuit challenging at least two of the vetoes, including one that struck "
          "two digits to turn a two-year increase in per-pupil funding into one that runs until 2125", "indirect",
          "Brunner", "Dale Brunner", speaker_at="Brunner said Republicans"),
        Q('"a stunt"', "partial", "Greg Thorsen", "Greg Thorsen"),
        Q("the Senate would not take up an override attempt because Republicans lacked the votes", "indirect",
          "Greg Thorsen", "Greg Thorsen"),
        Q('"We don\'t have the two-thirds, and she knows it,"', "direct", "Thorsen", "Greg Thorsen",
          speaker_at="Thorsen said"),
        Q('"That\'s exactly why she did it."', "direct", "Thorsen", "Greg Thorsen", speaker_at="Thorsen said"),
        Q("The vetoes eliminated a $1.2 billion income tax cut that would have mostly benefited middle-income earners",
          "indirect", "the nonpartisan Legislative Fiscal Bureau", "Legislative Fiscal Bureau"),
        Q('"Our districts have been cutting for years,"', "direct", "Jennifer Raddatz", "Jennifer Raddatz"),
        Q('"This gives us something we can plan around."', "direct", "Jennifer Raddatz", "Jennifer Raddatz"),
        Q("the governor had also vetoed a provision that would have barred state agencies from expanding remote "
          "work", "indirect", "Britt Olson", "Britt Olson"),
        Q("courts had generally upheld the partial veto, though the state Supreme Court had narrowed it in recent "
          "years", "indirect", "Thomas Brehm", "Thomas Brehm"),
        Q('"It\'s the most powerful veto in the country, and no governor has ever been shy about using it,"', "direct",
          "Brehm", "Thomas Brehm", speaker_at="Brehm said"),
        Q("that any lawsuit would likely end up before the Supreme Court", "indirect", "Brehm", "Thomas Brehm",
          speaker_at="Brehm said"),
    ], source="blind"),
    Case("blind87-budget-veto-massachusetts", """Callahan vetoes $312 million from budget as lawmakers eye overrides

BOSTON — Gov. Maureen Callahan on Friday signed a $58.4 billion state budget for fiscal 2026 but vetoed $312 million \
in spending, including money for regional transit authorities and a pilot program offering free meals to community \
college students, setting up a round of override votes before formal sessions end July 31.

In a letter to lawmakers, Callahan said the vetoes were needed to keep spending in line with revenues, which she \
described as having "softened considerably since the spring." According to the Department of Revenue, tax collections \
are running about $400 million below the benchmark set in January.

"We have to be honest with the people of Massachusetts about what we can afford," Callahan told reporters in the State \
House press room. "Signing a budget that spends money we don't have would not be responsible."

House Speaker Paul DiNardo, a Quincy Democrat, said he was "disappointed but not surprised." He said the House would \
move quickly to restore the transit money.

Senate President Ellen Kwan said senators would review each veto individually, and a spokesman for Kwan said no \
override votes had yet been scheduled.

The cuts could force some regional transit authorities to end weekend service, according to the Massachusetts \
Association of Regional Transit Authorities.

"For a lot of our riders, the bus is the only way to get to work or to the doctor," said Carlos Mendes, administrator \
of the Berkshire Regional Transit Authority.

House Minority Leader Kevin Shea, R-North Reading, said the vetoes did not go far enough, calling the budget "bloated \
from the start."

One senior Democratic lawmaker, who spoke on condition of anonymity to discuss private caucus talks, said overrides of \
the transit cuts were "all but certain."

The Beacon Budget Institute, a fiscally conservative think tank, said in an analysis released Friday that the state \
had relied on one-time money to balance its last three budgets.""", [
        Q("the vetoes were needed to keep spending in line with revenues", "indirect", "Callahan", "Maureen Callahan",
          speaker_at="Callahan said the vetoes"),
        Q('"softened considerably since the spring."', "partial", "she", "Maureen Callahan",
          speaker_at="she described"),
        Q("tax collections are running about $400 million below the benchmark set in January", "indirect",
          "the Department of Revenue", "Department of Revenue"),
        Q('"We have to be honest with the people of Massachusetts about what we can afford,"', "direct", "Callahan",
          "Maureen Callahan", speaker_at="Callahan told"),
        Q('"Signing a budget that spends money we don\'t have would not be responsible."', "direct", "Callahan",
          "Maureen Callahan", speaker_at="Callahan told"),
        Q('"disappointed but not surprised."', "partial", "Paul DiNardo", "Paul DiNardo"),
        Q("the House would move quickly to restore the transit money", "indirect", "He", "Paul DiNardo",
          speaker_at="He said the House"),
        Q("senators would review each veto individually", "indirect", "Ellen Kwan", "Ellen Kwan"),
        Q("no override votes had yet been scheduled", "indirect", "a spokesman for Kwan", None),
        Q("The cuts could force some regional transit authorities to end weekend service", "indirect",
          "the Massachusetts Association of Regional Transit Authorities",
          "Massachusetts Association of Regional Transit Authorities"),
        Q('"For a lot of our riders, the bus is the only way to get to work or to the doctor,"', "direct",
          "Carlos Mendes", "Carlos Mendes"),
        Q("the vetoes did not go far enough", "indirect", "Kevin Shea", "Kevin Shea"),
        Q('"bloated from the start."', "partial", "Kevin Shea", "Kevin Shea"),
        Q('"all but certain."', "partial", "One senior Democratic lawmaker", None),
        Q("that the state had relied on one-time money to balance its last three budgets", "indirect",
          "The Beacon Budget Institute", "Beacon Budget Institute"),
    ], source="blind"),
    Case("blind87-squid-licences-penguin-news", """FIG approves extra Illex licences despite industry concerns

The Falkland Islands Government has approved four additional licences for the Illex squid season that opens in \
February, despite objections from local fishing companies.

Director of Natural Resources Dr Andrea Clausen said the decision followed scientific advice from the Fisheries \
Department. The stock had 'recovered strongly' after two weak years, she said.

'We are confident the fishery can sustain the additional licences, and we will be monitoring catches in real time,' Dr \
Clausen told Penguin News.

The new licences will go to so-called 'jiggers', vessels that use powerful lights to attract squid at night.

The Falkland Islands Fishing Companies Association (FIFCA), however, said it had not been consulted, and warned that \
extra vessels could lead to 'a race to fish' in the early weeks of the season.

FIFCA chairman James Wallace said: 'Nobody is saying the science is wrong. What we are saying is that decisions of \
this size should be discussed with the people who have invested in this fishery for forty years.'

He said local companies had written to the Fisheries Committee asking for the decision to be reviewed.

MLA Fiona Berntsen, who chairs the committee, said it would meet on Thursday to discuss the industry's concerns, but \
that she supported the Director's decision.

'It is right that we listen,' she added, 'but it is also right that we follow the science.'

The licence fees will bring in an estimated £3.2 million, according to the Treasury.

One skipper, speaking from Stanley harbour, said fuel costs meant only the biggest operators would profit from a \
longer season.""", [
        Q("the decision followed scientific advice from the Fisheries Department", "indirect", "Andrea Clausen",
          "Andrea Clausen"),
        Q("'recovered strongly'", "partial", "she", "Andrea Clausen", speaker_at="she said"),
        Q("'We are confident the fishery can sustain the additional licences, and we will be monitoring catches in "
          "real time,'", "direct", "Clausen", "Andrea Clausen", speaker_at="Dr Clausen told"),
        Q("it had not been consulted", "indirect", "The Falkland Islands Fishing Companies Association",
          "Falkland Islands Fishing Companies Association"),
        Q("'a race to fish'", "partial", "The Falkland Islands Fishing Companies Association",
          "Falkland Islands Fishing Companies Association"),
        Q("'Nobody is saying the science is wrong. What we are saying is that decisions of this size should be "
          "discussed with the people who have invested in this fishery for forty years.'", "direct",
          "James Wallace", "James Wallace"),
        Q("local companies had written to the Fisheries Committee asking for the decision to be reviewed", "indirect",
          "He", "James Wallace", speaker_at="He said local"),
        Q("it would meet on Thursday to discuss the industry's concerns, but that she supported the Director's "
          "decision", "indirect", "Fiona Berntsen", "Fiona Berntsen"),
        Q("'It is right that we listen,'", "direct", "she", "Fiona Berntsen", speaker_at="she added"),
        Q("'but it is also right that we follow the science.'", "direct", "she", "Fiona Berntsen",
          speaker_at="she added"),
        Q("The licence fees will bring in an estimated £3.2 million", "indirect", "the Treasury", "Treasury"),
        Q("fuel costs meant only the biggest operators would profit from a longer season", "indirect", "One skipper",
          None),
    ], source="blind"),
    Case("blind87-squid-rights-mercopress", """Argentina protests Falklands' 25-year squid fishing rights

Argentina's Ministry of Foreign Affairs, International Trade and Worship has lodged a formal protest with the British \
embassy in Buenos Aires over the Falkland Islands Government's decision to grant 25-year fishing rights for Loligo \
squid, calling the measure "unilateral and illegitimate."

In a communiqué released on Monday, the ministry said the licences violated United Nations General Assembly resolution \
31/49, which calls on both parties to refrain from unilateral modifications while the sovereignty dispute remains \
unresolved.

Argentina's Secretary for Malvinas, Antarctica and the South Atlantic, Gustavo Ferreyra, said the decision showed that \
London "has no intention of dialogue" and announced that Buenos Aires would write to the governments of the flag \
states of vessels fishing under Falklands licences.

"Every tonne of squid taken from those waters is a natural resource that belongs to the Argentine people," Ferreyra \
told Radio Mitre. "We will use every legal and diplomatic tool at our disposal."

In Stanley, the Falkland Islands Government said the licences were issued in line with international law. Fishing \
policy, it added, was "entirely a matter for the Falkland Islands."

The scheme, known locally as "ITQ-25", replaces the annual licences under which Loligo has been fished since 1987.

Member of the Legislative Assembly Mark Pollard, who holds the natural resources portfolio, said the long-term rights \
would give local companies the certainty to invest in new vessels.

"For the first time, a Falklands company can walk into a bank with a 25-year right in its hand," Pollard said. "That \
changes everything for our fishing industry."

A spokesperson for the UK Foreign, Commonwealth and Development Office said Britain had "no doubt" about its \
sovereignty over the Falklands and the surrounding maritime areas.

In Mar del Plata, the Patagonian Squid Jigger Owners' Chamber said the measure would increase pressure on a shared \
stock that migrates across both jurisdictions.

According to the Falklands Fisheries Department, Loligo catches reached 58,000 tonnes last year, worth an estimated \
£90 million.""", [
        Q('"unilateral and illegitimate."', "partial",
          "Argentina's Ministry of Foreign Affairs, International Trade and Worship",
          "Ministry of Foreign Affairs, International Trade and Worship"),
        Q("the licences violated United Nations General Assembly resolution 31/49", "indirect", "the ministry",
          "Ministry of Foreign Affairs, International Trade and Worship", speaker_at="the ministry said"),
        Q('"has no intention of dialogue"', "partial", "Gustavo Ferreyra", "Gustavo Ferreyra"),
        Q("that Buenos Aires would write to the governments of the flag states of vessels fishing under Falklands "
          "licences", "indirect", "Gustavo Ferreyra", "Gustavo Ferreyra"),
        Q('"Every tonne of squid taken from those waters is a natural resource that belongs to the Argentine '
          'people,"', "direct", "Ferreyra", "Gustavo Ferreyra", speaker_at="Ferreyra told"),
        Q('"We will use every legal and diplomatic tool at our disposal."', "direct", "Ferreyra", "Gustavo Ferreyra",
          speaker_at="Ferreyra told"),
        Q("the licences were issued in line with international law", "indirect", "the Falkland Islands Government",
          "Falkland Islands Government", speaker_at="In Stanley, the Falkland Islands Government said"),
        Q('"entirely a matter for the Falkland Islands."', "partial", "it", "Falkland Islands Government",
          speaker_at="it added"),
        Q("the long-term rights would give local companies the certainty to invest in new vessels", "indirect",
          "Mark Pollard", "Mark Pollard"),
        Q('"For the first time, a Falklands company can walk into a bank with a 25-year right in its hand,"',
          "direct", "Pollard", "Mark Pollard", speaker_at="Pollard said"),
        Q('"That changes everything for our fishing industry."', "direct", "Pollard", "Mark Pollard",
          speaker_at="Pollard said"),
        Q('"no doubt"', "partial", "A spokesperson for the UK Foreign, Commonwealth and Development Office", None),
        Q("the measure would increase pressure on a shared stock that migrates across both jurisdictions", "indirect",
          "the Patagonian Squid Jigger Owners' Chamber", "Patagonian Squid Jigger Owners' Chamber"),
        Q("Loligo catches reached 58,000 tonnes last year, worth an estimated £90 million", "indirect",
          "the Falklands Fisheries Department", "Falklands Fisheries Department"),
    ], source="blind"),
    Case("blind87-prison-report-brazil", """Report finds São Paulo prisons holding 45% more inmates than capacity

SÃO PAULO, BRAZIL – Prisons in the state of São Paulo are holding nearly 45% more inmates than they were built for, \
with some units operating at more than twice their capacity, according to a report released on Tuesday by the National \
Council of Justice (CNJ).

The document, titled “Cárcere e Dignidade” (Prison and Dignity), is based on inspections of 58 units carried out \
between March and September. The council said inspectors had found cells designed for 12 people holding as many as 30, \
as well as shortages of drinking water, medical care and ventilation.

“What we saw is incompatible with the Constitution and with any notion of human dignity,” said judge Mariana Fontes \
Duarte, who coordinated the inspections. “The state is punishing people far beyond what any sentence allows.”

According to the report, about 31% of those held in the state’s prisons have not been convicted of any crime.

São Paulo’s Secretariat of Penitentiary Administration (SAP) said in a note that it had opened 6,000 new places since \
2023 and that three new units would be delivered by the end of next year. It added that the prison population had \
grown faster than expected because of a rise in pre-trial detentions.

Public defender Rafael Tavares, of the São Paulo State Public Defender’s Office, told reporters that overcrowding was \
fuelling the recruitment of inmates by criminal factions.

“When the state is absent inside the prison, the faction takes its place. It gives the mattress, the medicine, the \
protection, and then it collects,” Tavares said.

The mother of an inmate at a unit in Franco da Rocha, who asked not to be identified for fear of reprisals, said her \
son had been sleeping on the floor next to a toilet for four months.

Bruno Vasconcelos, a sociologist at the University of São Paulo (USP) who studies the prison system, said building \
more prisons alone would not solve the problem.

“Brazil arrests a lot and arrests badly,” he said. “Until we deal with pre-trial detention and with small drug \
offences, we will keep filling every new cell we build.”

The CNJ recommended that courts review the cases of all pre-trial detainees held for more than 90 days.""", [
        Q("Prisons in the state of São Paulo are holding nearly 45% more inmates than they were built for, with some "
          "units operating at more than twice their capacity", "indirect", "the National Council of Justice",
          "National Council of Justice"),
        Q("inspectors had found cells designed for 12 people holding as many as 30, as well as shortages of drinking "
          "water, medical care and ventilation", "indirect", "The council", "National Council of Justice"),
        Q("“What we saw is incompatible with the Constitution and with any notion of human dignity,”", "direct",
          "Mariana Fontes Duarte", "Mariana Fontes Duarte"),
        Q("“The state is punishing people far beyond what any sentence allows.”", "direct", "Mariana Fontes Duarte",
          "Mariana Fontes Duarte"),
        Q("about 31% of those held in the state’s prisons have not been convicted of any crime", "indirect",
          "the report", "National Council of Justice", speaker_at="According to the report"),
        Q("that it had opened 6,000 new places since 2023 and that three new units would be delivered by the end of "
          "next year", "indirect", "São Paulo’s Secretariat of Penitentiary Administration",
          "Secretariat of Penitentiary Administration"),
        Q("that the prison population had grown faster than expected because of a rise in pre-trial detentions",
          "indirect", "It", "Secretariat of Penitentiary Administration", speaker_at="It added"),
        Q("that overcrowding was fuelling the recruitment of inmates by criminal factions", "indirect",
          "Rafael Tavares", "Rafael Tavares"),
        Q("“When the state is absent inside the prison, the faction takes its place. It gives the mattress, the "
          "medicine, the protection, and then it collects,”", "direct", "Tavares", "Rafael Tavares",
          speaker_at="Tavares said"),
        Q("her son had been sleeping on the floor next to a toilet for four months", "indirect",
          "The mother of an inmate at a unit in Franco da Rocha", None),
        Q("building more prisons alone would not solve the problem", "indirect", "Bruno Vasconcelos",
          "Bruno Vasconcelos"),
        Q("“Brazil arrests a lot and arrests badly,”", "direct", "he", "Bruno Vasconcelos", speaker_at="he said"),
        Q("“Until we deal with pre-trial detention and with small drug offences, we will keep filling every new cell "
          "we build.”", "direct", "he", "Bruno Vasconcelos", speaker_at="he said"),
        Q("that courts review the cases of all pre-trial detainees held for more than 90 days", "indirect", "The CNJ",
          "National Council of Justice"),
    ], source="blind"),
    Case("blind87-prison-report-gibraltar", """Report warns Windmill Hill prison is operating beyond safe capacity

HM Prison Windmill Hill is holding 28 per cent more prisoners than it was designed for, forcing some inmates to share \
single cells and sleep on mattresses on the floor, according to the annual report of the Independent Monitoring Board \
(IMB) published yesterday.

The Board said the prison, which has a certified normal capacity of 72, held an average of 92 prisoners during 2024, \
with a peak of 101 in October.

“The staff are doing their best in very difficult conditions, but the building simply cannot cope with these numbers,” \
the Board’s chairman, Mr Stephen Linares, said. “Overcrowding affects everything, from safety to education to the \
simple dignity of having some privacy.”

Mr Linares said the Board was particularly concerned about remand prisoners, who now make up more than a third of the \
prison population, and about the lack of a dedicated unit for prisoners with mental health needs.

One prisoner quoted in the report described his cell in summer as “like an oven”.

In a statement, the Ministry of Justice said it welcomed the report and accepted that the current facility was “no \
longer fit for purpose in the long term”.

The Minister for Justice, Mrs Sonia Golt, told the Chronicle that plans for an extension were at an advanced stage.

“We are not waiting for the next report. Funding for the new wing has been set aside, and I expect work to begin \
before the end of the year,” Mrs Golt said.

The Prison Officers’ Association said its members were working extended shifts to cover staff shortages. Its chairman, \
Mr Dylan Sacramento, said officers felt “stretched to breaking point”.

The GSD’s justice spokesman, Mr Adrian Lombard, said the report made “grim reading”. He said the Government had known \
about the problem for years.

Chief Inspector Nicole Ferrary of the Royal Gibraltar Police said the rise in remand numbers reflected an increase in \
drug-trafficking and money-laundering cases.""", [
        Q("HM Prison Windmill Hill is holding 28 per cent more prisoners than it was designed for, forcing some "
          "inmates to share single cells and sleep on mattresses on the floor", "indirect",
          "the Independent Monitoring Board", "Independent Monitoring Board"),
        Q("the prison, which has a certified normal capacity of 72, held an average of 92 prisoners during 2024, with "
          "a peak of 101 in October", "indirect", "The Board", "Independent Monitoring Board",
          speaker_at="The Board said"),
        Q("“The staff are doing their best in very difficult conditions, but the building simply cannot cope with "
          "these numbers,”", "direct", "Stephen Linares", "Stephen Linares"),
        Q("“Overcrowding affects everything, from safety to education to the simple dignity of having some "
          "privacy.”", "direct", "Stephen Linares", "Stephen Linares"),
        Q("the Board was particularly concerned about remand prisoners, who now make up more than a third of the "
          "prison population, and about the lack of a dedicated unit for prisoners with mental health needs",
          "indirect", "Linares", "Stephen Linares", speaker_at="Mr Linares said"),
        Q("“like an oven”", "partial", "One prisoner quoted in the report", None),
        Q("it welcomed the report", "indirect", "the Ministry of Justice", "Ministry of Justice"),
        Q("“no longer fit for purpose in the long term”", "partial", "the Ministry of Justice", "Ministry of Justice"),
        Q("that plans for an extension were at an advanced stage", "indirect", "Sonia Golt", "Sonia Golt"),
        Q("“We are not waiting for the next report. Funding for the new wing has been set aside, and I expect work to "
          "begin before the end of the year,”", "direct", "Golt", "Sonia Golt", speaker_at="Mrs Golt said"),
        Q("its members were working extended shifts to cover staff shortages", "indirect",
          "The Prison Officers’ Association", "Prison Officers’ Association"),
        Q("“stretched to breaking point”", "partial", "Dylan Sacramento", "Dylan Sacramento"),
        Q("“grim reading”", "partial", "Adrian Lombard", "Adrian Lombard"),
        Q("the Government had known about the problem for years", "indirect", "He", "Adrian Lombard",
          speaker_at="He said the Government"),
        Q("the rise in remand numbers reflected an increase in drug-trafficking and money-laundering cases",
          "indirect", "Nicole Ferrary", "Nicole Ferrary"),
    ], source="blind"),
]
