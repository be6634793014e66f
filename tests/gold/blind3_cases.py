"""Blind gold, third set: short news articles written without reading the rules.

Twelve articles in house styles not used elsewhere (Reuters, AP and Bloomberg
wire copy, Scottish, New Zealand, Kenyan, Philippine and Pakistani papers, a US
local TV site, a German story in English, a tech site, a rugby report), on
topics not used elsewhere. Never run through the pretagger when written. See
build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind3-rates", """Norway's central bank holds rates, signals cut may come in September

OSLO (Reuters) - Norway's central bank kept its benchmark interest rate unchanged at 4.25% on Thursday, as expected, but said that a first cut could come as soon as September if the crown continued to strengthen.

All 14 economists in a Reuters poll had forecast the decision. The crown firmed 0.4% against the euro after the announcement.

"The policy rate will most likely be reduced in the course of the autumn," Norges Bank Governor Halvard Eikrem told a news conference. "But we are not in a hurry, and we will not move before we are confident that inflation is on its way down."

Core inflation slowed to 3.1% in July from 3.4% in June, according to Statistics Norway. That is still well above the bank's 2% target.

Eikrem said the board had discussed a cut at this meeting but agreed unanimously that it was "too early" to act. Asked about the weak crown, he said, "A stronger currency helps us, but we do not target the exchange rate."

Analysts said the message was more dovish than in June. "They have opened the door, and it will be hard to close it again," said Marte Lunde Vik, chief economist at Skagerrak Securities.

Others were less sure. Torbjorn Aas of Fjordbank Markets said the central bank had left itself "plenty of room to back out" if wage growth surprised on the upside.

The government's "Norway 2030" productivity strategy, unveiled in May, has also complicated the outlook by adding to public spending.

Unions, which secured a 5.2% pay rise in this spring's wage round, have described the settlement as a "fair share" of the country's oil wealth.

The bank said in its statement that it would publish updated forecasts at its next meeting on Sept. 18.""", [
        Q("that a first cut could come as soon as September if the crown continued to strengthen", "indirect",
          "Norway's central bank", "Norges Bank", speaker_at="OSLO (Reuters) - Norway's central bank"),
        Q('"The policy rate will most likely be reduced in the course of the autumn,"', "direct",
          "Halvard Eikrem", "Halvard Eikrem"),
        Q('"But we are not in a hurry, and we will not move before we are confident that inflation is on its way '
          'down."', "direct", "Halvard Eikrem", "Halvard Eikrem"),
        Q("Core inflation slowed to 3.1% in July from 3.4% in June", "indirect", "Statistics Norway",
          "Statistics Norway"),
        Q('"too early"', "partial", "Eikrem", "Halvard Eikrem", speaker_at="Eikrem said"),
        Q('"A stronger currency helps us, but we do not target the exchange rate."', "direct", "he",
          "Halvard Eikrem", speaker_at="he said,"),
        Q("the message was more dovish than in June", "indirect", "Analysts", None),
        Q('"They have opened the door, and it will be hard to close it again,"', "direct", "Marte Lunde Vik",
          "Marte Lunde Vik"),
        Q('"plenty of room to back out"', "partial", "Torbjorn Aas", "Torbjorn Aas"),
        Q('"fair share"', "partial", "Unions", None),
        Q("that it would publish updated forecasts at its next meeting on Sept. 18", "indirect", "The bank",
          "Norges Bank", speaker_at="The bank said"),
    ], source="blind"),
    Case("blind3-wildfire", """Thousands flee as wind-driven wildfire races toward Oregon town

SISTERS, Ore. (AP) — Thousands of people were ordered to leave their homes in central Oregon on Tuesday as a wind-driven wildfire tripled in size overnight and pushed to within 3 miles (5 kilometers) of this small mountain town.

The Cold Creek Fire had burned about 18,000 acres (7,300 hectares) by midday and was zero percent contained, according to the Central Oregon Interagency Fire Center.

“We are asking people not to wait,” Deschutes County Sheriff Dale Kimbrough said at a briefing in Bend. “If you are told to go, go now. Do not stop to pack the car.”

Officials said about 4,200 homes were under the highest-level evacuation order. A shelter opened at the county fairgrounds in Redmond, where the Red Cross was handing out cots and meals.

Incident commander Rosa Delgado said crews were battling gusts of up to 45 mph (72 kph) and extremely dry fuels. “This fire is doing things we normally don’t see until late August,” she said.

She told reporters that air tankers had been grounded for much of the morning because of the wind.

“The smoke came over the ridge like a wall. By the time we got the dogs in the truck, we could see flames,” said Verna Pike, who fled her home on the western edge of town with her husband, Carl.

“We didn’t take anything. Not the photos, not the paperwork. Nothing.”

The 67-year-old said she planned to stay with her daughter in Portland until it was safe to return.

One evacuee, waiting in line for water at the fairgrounds, said the alerts had come “way too late” for people living on the west side.

The cause of the fire is under investigation. The National Weather Service has issued a red flag warning for the area through Thursday.""", [
        Q("The Cold Creek Fire had burned about 18,000 acres (7,300 hectares) by midday and was zero percent "
          "contained", "indirect", "the Central Oregon Interagency Fire Center",
          "Central Oregon Interagency Fire Center"),
        Q("“We are asking people not to wait,”", "direct", "Dale Kimbrough", "Dale Kimbrough"),
        Q("“If you are told to go, go now. Do not stop to pack the car.”", "direct", "Dale Kimbrough",
          "Dale Kimbrough"),
        Q("about 4,200 homes were under the highest-level evacuation order", "indirect", "Officials", None),
        Q("crews were battling gusts of up to 45 mph (72 kph) and extremely dry fuels", "indirect", "Rosa Delgado",
          "Rosa Delgado"),
        Q("“This fire is doing things we normally don’t see until late August,”", "direct", "she", "Rosa Delgado",
          speaker_at="she said"),
        Q("that air tankers had been grounded for much of the morning because of the wind", "indirect", "She",
          "Rosa Delgado", speaker_at="She told"),
        Q("“The smoke came over the ridge like a wall. By the time we got the dogs in the truck, we could see "
          "flames,”", "direct", "Verna Pike", "Verna Pike"),
        Q("“We didn’t take anything. Not the photos, not the paperwork. Nothing.”", "direct", "Verna Pike",
          "Verna Pike"),
        Q("she planned to stay with her daughter in Portland until it was safe to return", "indirect",
          "The 67-year-old", "Verna Pike"),
        Q("“way too late”", "partial", "One evacuee", None),
    ], source="blind"),
    Case("blind3-breach", """Pemberton & Lowe Says Hackers Stole Data on 2.3 Million Shoppers

(Bloomberg) -- Pemberton & Lowe Group said hackers stole names, addresses and partial card details belonging to about 2.3 million customers, sending shares of the British homeware retailer down as much as 11% in London.

The company detected "unusual activity" on its online ordering platform on March 3 and took its website offline for 36 hours, it said in a statement Tuesday. It said full card numbers and passwords weren't affected.

"We are deeply sorry. Our customers trusted us with their information and we let them down," Chief Executive Officer Helen Marchetti said on a call with reporters. She said the company had hired cybersecurity firm Northwall to investigate and had informed the police.

Marchetti said that there was no evidence so far that the stolen data had been published or sold online.

The Information Commissioner's Office said it was "making enquiries" after the retailer reported the breach on Friday. According to the ICO, companies must report serious breaches within 72 hours of discovering them. The regulator said it had so far received 37 complaints from customers.

Pemberton & Lowe, known for its "Made to Last" furniture range, has about 140 stores in the UK and Ireland. The breach comes at a difficult moment for the retailer, which issued a profit warning in January after a slump in sales of big-ticket items.

"This is the last thing they needed," said Priya Raman, an analyst at Caldwell Stockbrokers. "The brand is built on trust, and shoppers have plenty of alternatives."

Analysts at Barclays cut their price target on the stock to 310 pence from 365 pence, saying the costs of the incident could run into "tens of millions" of pounds.

A spokesperson for Northwall declined to comment.""", [
        Q("hackers stole names, addresses and partial card details belonging to about 2.3 million customers",
          "indirect", "Pemberton & Lowe Group", "Pemberton & Lowe Group"),
        Q('"unusual activity"', "partial", "it", "Pemberton & Lowe Group", speaker_at="it said in a statement"),
        Q("full card numbers and passwords weren't affected", "indirect", "It", "Pemberton & Lowe Group",
          speaker_at="It said full"),
        Q('"We are deeply sorry. Our customers trusted us with their information and we let them down,"',
          "direct", "Helen Marchetti", "Helen Marchetti"),
        Q("the company had hired cybersecurity firm Northwall to investigate and had informed the police",
          "indirect", "She", "Helen Marchetti", speaker_at="She said"),
        Q("that there was no evidence so far that the stolen data had been published or sold online", "indirect",
          "Marchetti", "Helen Marchetti", speaker_at="Marchetti said that"),
        Q('"making enquiries"', "partial", "The Information Commissioner's Office",
          "Information Commissioner's Office"),
        Q("companies must report serious breaches within 72 hours of discovering them", "indirect", "the ICO",
          "Information Commissioner's Office"),
        Q("it had so far received 37 complaints from customers", "indirect", "The regulator",
          "Information Commissioner's Office"),
        Q('"This is the last thing they needed,"', "direct", "Priya Raman", "Priya Raman"),
        Q('"The brand is built on trust, and shoppers have plenty of alternatives."', "direct", "Priya Raman",
          "Priya Raman"),
        Q('"tens of millions"', "partial", "Analysts at Barclays", None),
    ], source="blind"),
    Case("blind3-byelection", """Labour snatch Carrick and Doon Valley in by-election upset

Labour have won the Carrick and Doon Valley by-election with a majority of 4,117, overturning an SNP majority of more than 9,000 at the last general election.

Euan Baird, a 41-year-old former firefighter from Maybole, took 15,602 votes on a turnout of 38.4 per cent, the lowest in the seat since it was created in 2005.

Speaking after the count at Ayr Town Hall in the early hours of yesterday, Mr Baird said: ‘Tonight the people of Carrick and Doon Valley have sent a message that they want change, and they want it now.’

He said he would make saving the maternity unit at Girvan Community Hospital his ‘first, second and third priority’ at Westminster.

The 41-year-old, who ran on Labour’s ‘Fix Our Roads’ pledge, told the Ayrshire Post he would hold his first constituency surgery in Cumnock next week.

The SNP candidate, councillor Morag Fyfe, finished second with 11,485 votes. ‘It’s a disappointing night, there’s no getting away from it,’ she said. ‘But we will listen, and we will be back.’

Scottish Labour’s deputy leader, Jackie Orr MSP, said the result showed the party was ‘on course’ to win power at Holyrood in 2026.

The by-election was called after the sitting MP, Duncan Ferrie, stood down in March over what the SNP described as a ‘serious breach’ of its code of conduct.

Reform UK came third, with retired police officer Gordon Leckie taking 6,210 votes, the party’s best result in the west of Scotland.

‘Labour will be delighted, but turnout this low makes it dangerous to read too much into one seat,’ said Professor Niall Drummond, a political scientist at the University of Strathclyde.""", [
        Q("‘Tonight the people of Carrick and Doon Valley have sent a message that they want change, and they want "
          "it now.’", "direct", "Baird", "Euan Baird", speaker_at="Mr Baird said"),
        Q("‘first, second and third priority’", "partial", "He", "Euan Baird", speaker_at="He said he would"),
        Q("he would hold his first constituency surgery in Cumnock next week", "indirect", "The 41-year-old",
          "Euan Baird"),
        Q("‘It’s a disappointing night, there’s no getting away from it,’", "direct", "she", "Morag Fyfe",
          speaker_at="she said"),
        Q("‘But we will listen, and we will be back.’", "direct", "she", "Morag Fyfe", speaker_at="she said"),
        Q("‘on course’", "partial", "Jackie Orr", "Jackie Orr"),
        Q("‘serious breach’", "partial", "the SNP", "SNP", speaker_at="what the SNP described"),
        Q("‘Labour will be delighted, but turnout this low makes it dangerous to read too much into one seat,’",
          "direct", "Niall Drummond", "Niall Drummond"),
    ], source="blind"),
    Case("blind3-teachers", """Secondary teachers vote to accept pay deal, ending strikes

Secondary school teachers have voted to accept a new collective agreement, ending months of rolling strikes that disrupted classes across the country.

The Secondary Teachers’ Union of Aotearoa (STUA) said 71 per cent of members who voted backed the offer, which will lift pay by 14 per cent over three years.

Union president Mereana Tapsell said teachers had not got everything they wanted. “But this deal recognises the pressure our members are under, and it puts money in their pockets from next term,” she said.

“It wasn’t an easy decision for a lot of people,” Tapsell added. “Some of our members felt we should have held out for more.”

Education Minister Hana Whitlock welcomed the result, telling RNZ that students would be “the real winners”.

The deal also includes a new allowance for teachers in hard-to-staff subjects such as maths and physics, according to the Ministry of Education.

It comes as schools begin rolling out the Government’s “Make It Count” numeracy plan this term.

Not all teachers are happy. Daniel Kereama, who teaches chemistry at a South Auckland high school, said the rise barely kept pace with rents in the city.

“I’ve got colleagues sleeping in their cars during the week,” the Aucklander said. “Fourteen per cent over three years isn’t going to fix that.”

Kereama said that he had voted against the offer and knew many others who had done the same.

The STUA told the Herald that about 9000 of its 22,000 members had taken part in the online ballot, which closed at midnight on Sunday.""", [
        Q("71 per cent of members who voted backed the offer, which will lift pay by 14 per cent over three years",
          "indirect", "The Secondary Teachers’ Union of Aotearoa", "Secondary Teachers’ Union of Aotearoa"),
        Q("teachers had not got everything they wanted", "indirect", "Mereana Tapsell", "Mereana Tapsell"),
        Q("“But this deal recognises the pressure our members are under, and it puts money in their pockets from "
          "next term,”", "direct", "she", "Mereana Tapsell", speaker_at="she said"),
        Q("“It wasn’t an easy decision for a lot of people,”", "direct", "Tapsell", "Mereana Tapsell",
          speaker_at="Tapsell added"),
        Q("“Some of our members felt we should have held out for more.”", "direct", "Tapsell", "Mereana Tapsell",
          speaker_at="Tapsell added"),
        Q("“the real winners”", "partial", "Hana Whitlock", "Hana Whitlock"),
        Q("The deal also includes a new allowance for teachers in hard-to-staff subjects such as maths and physics",
          "indirect", "the Ministry of Education", "Ministry of Education"),
        Q("the rise barely kept pace with rents in the city", "indirect", "Daniel Kereama", "Daniel Kereama"),
        Q("“I’ve got colleagues sleeping in their cars during the week,”", "direct", "the Aucklander",
          "Daniel Kereama"),
        Q("“Fourteen per cent over three years isn’t going to fix that.”", "direct", "the Aucklander",
          "Daniel Kereama"),
        Q("that he had voted against the offer and knew many others who had done the same", "indirect", "Kereama",
          "Daniel Kereama", speaker_at="Kereama said"),
        Q("that about 9000 of its 22,000 members had taken part in the online ballot, which closed at midnight on "
          "Sunday", "indirect", "The STUA", "Secondary Teachers’ Union of Aotearoa"),
    ], source="blind"),
    Case("blind3-strike", """Travellers stranded as Skyways cabin crew down tools

Hundreds of passengers were stranded at Jomo Kenyatta International Airport (JKIA) yesterday after cabin crew at East African Skyways began an indefinite strike over unpaid allowances.

The airline cancelled 23 flights, including services to Mombasa, Kisumu, Entebbe and Dar es Salaam, according to the carrier.

Kenya Airline Cabin Crew Union secretary-general Moses Wafula said the strike would continue until the company paid Sh412 million in arrears owed to about 600 members since January.

"We have been patient for eight months," Mr Wafula told the Nation. "We have written letters, we have held meetings, and every time we are told to wait for next month.

"Our members cannot pay rent with promises. Enough is enough."

The union's lawyer, Ochieng Oduor SC, said the walkout was "fully protected by the law" because notice had been served in line with the Labour Relations Act.

But East African Skyways chief executive Grace Njeri-Mutua described the strike as "illegal" and said the airline had obtained a court order stopping it.

"We remain committed to dialogue, but we will not be blackmailed," she said in a statement, "and we urge the crew to return to work immediately."

Transport Cabinet Secretary Ruth Chepkoech said the ministry had summoned both sides to a meeting at Transcom House on Monday.

At JKIA, frustration was growing as the queues lengthened. "I was supposed to be at my father's funeral in Kisumu this afternoon. Nobody from the airline has told us anything," said one passenger, who was travelling with two young children.

The strike comes barely a year after the airline's much-publicised "Fly Kenya First" rebrand, which was meant to win back business travellers lost to regional rivals.""", [
        Q("The airline cancelled 23 flights, including services to Mombasa, Kisumu, Entebbe and Dar es Salaam",
          "indirect", "the carrier", "East African Skyways"),
        Q("the strike would continue until the company paid Sh412 million in arrears owed to about 600 members "
          "since January", "indirect", "Moses Wafula", "Moses Wafula"),
        Q('"We have been patient for eight months,"', "direct", "Wafula", "Moses Wafula",
          speaker_at="Mr Wafula told"),
        Q('"We have written letters, we have held meetings, and every time we are told to wait for next month.',
          "direct", "Wafula", "Moses Wafula", speaker_at="Mr Wafula told"),
        Q('"Our members cannot pay rent with promises. Enough is enough."', "direct", "Wafula", "Moses Wafula",
          speaker_at="Mr Wafula told"),
        Q('"fully protected by the law"', "partial", "Ochieng Oduor", "Ochieng Oduor"),
        Q('"illegal"', "partial", "Grace Njeri-Mutua", "Grace Njeri-Mutua"),
        Q("the airline had obtained a court order stopping it", "indirect", "Grace Njeri-Mutua",
          "Grace Njeri-Mutua"),
        Q('"We remain committed to dialogue, but we will not be blackmailed,"', "direct", "she",
          "Grace Njeri-Mutua", speaker_at="she said in a statement"),
        Q('"and we urge the crew to return to work immediately."', "direct", "she", "Grace Njeri-Mutua",
          speaker_at="she said in a statement"),
        Q("the ministry had summoned both sides to a meeting at Transcom House on Monday", "indirect",
          "Ruth Chepkoech", "Ruth Chepkoech"),
        Q('''"I was supposed to be at my father's funeral in Kisumu this afternoon. Nobody from the airline has '''
          '''told us anything,"''', "direct", "one passenger", None),
    ], source="blind"),
    Case("blind3-ferry", """7 dead, 12 missing as ferry capsizes off Romblon

SAN JOSE, Romblon — At least seven people died and 12 others remain missing after a passenger ferry capsized in rough seas off Tablas Island early Sunday, the Philippine Coast Guard (PCG) said.

The MV Lady of Carmel, which was carrying 142 passengers and 18 crew members, sank about three nautical miles from port shortly after 5 a.m., according to the PCG.

PCG spokesperson Rear Adm. Alvin Dizon said 141 people had been rescued by coast guard vessels, fishing boats and a Navy helicopter. “Our search and rescue teams will continue through the night. We are not giving up on the missing,” he said.

Dizon said the vessel had been cleared to sail despite a gale warning because it was “within the allowed limits” for a ship of its size.

Survivors told reporters that the ferry began listing to one side after it was hit by a large wave.

“There was no announcement. People just started screaming and jumping into the water,” one passenger told DZRH radio from a hospital in Odiongan.

Transportation Secretary Ramon Villaluz ordered the suspension of all vessels operated by Tablas Shipping Lines pending an investigation. Villaluz was quoted as saying that “no stone will be left unturned” in the probe.

In a statement, Tablas Shipping Lines said it was “deeply saddened” and was cooperating fully with authorities.

The Coast Guard said the bodies had been brought to the municipal gymnasium in San Jose for identification by relatives.

The Maritime Industry Authority said it would review the vessel’s safety certificate and the records of its last dry-docking in 2022.

Relatives of the missing spent the day at the port, where a list of rescued passengers was posted on a bulletin board and updated every few hours.""", [
        Q("At least seven people died and 12 others remain missing after a passenger ferry capsized in rough seas "
          "off Tablas Island early Sunday", "indirect", "the Philippine Coast Guard", "Philippine Coast Guard"),
        Q("The MV Lady of Carmel, which was carrying 142 passengers and 18 crew members, sank about three nautical "
          "miles from port shortly after 5 a.m.", "indirect", "the PCG", "Philippine Coast Guard"),
        Q("141 people had been rescued by coast guard vessels, fishing boats and a Navy helicopter", "indirect",
          "Alvin Dizon", "Alvin Dizon"),
        Q("“Our search and rescue teams will continue through the night. We are not giving up on the missing,”",
          "direct", "he", "Alvin Dizon", speaker_at="he said"),
        Q("“within the allowed limits”", "partial", "Dizon", "Alvin Dizon", speaker_at="Dizon said the vessel"),
        Q("that the ferry began listing to one side after it was hit by a large wave", "indirect", "Survivors",
          None),
        Q("“There was no announcement. People just started screaming and jumping into the water,”", "direct",
          "one passenger", None),
        Q("“no stone will be left unturned”", "partial", "Villaluz", "Ramon Villaluz",
          speaker_at="Villaluz was quoted"),
        Q("“deeply saddened”", "partial", "Tablas Shipping Lines", "Tablas Shipping Lines",
          speaker_at="Tablas Shipping Lines said"),
        Q("the bodies had been brought to the municipal gymnasium in San Jose for identification by relatives",
          "indirect", "The Coast Guard", "Philippine Coast Guard"),
        Q("it would review the vessel’s safety certificate and the records of its last dry-docking in 2022",
          "indirect", "The Maritime Industry Authority", "Maritime Industry Authority"),
    ], source="blind"),
    Case("blind3-recall", """Drap orders recall of contaminated paracetamol syrup

ISLAMABAD: The Drug Regulatory Authority of Pakistan (Drap) on Monday ordered the recall of six batches of a children's paracetamol syrup after laboratory tests found a toxic industrial solvent in the product.

According to Drap, samples of Feverin syrup manufactured by Lahore-based Medicraft Pharmaceuticals contained diethylene glycol well above permissible limits.

The regulator said pharmacies, distributors and hospitals must stop selling the syrup immediately and return existing stock to the manufacturer.

"Diethylene glycol can cause acute kidney failure, particularly in children," it said in a drug safety alert. "Parents who have given this syrup to a child and notice any symptoms should seek medical help immediately."

Drap chief executive Asim Rauf told Dawn that inspectors had sealed the company's production unit in Sundar Industrial Estate on Sunday night.

"We will not allow any compromise on the safety of medicines, especially those meant for children," Mr Rauf said. State broadcaster PTV quoted him as saying that criminal proceedings would follow if negligence was established.

A spokesman for Medicraft Pharmaceuticals said the company had "voluntarily" stopped production and was cooperating with the authority. The company maintained that a contaminated consignment of raw material from a local supplier was to blame.

Dr Farah Naz Siddiqui, a paediatrician at the Pakistan Institute of Medical Sciences, said that syrups contaminated with the same chemical had killed dozens of children in Gambia and Uzbekistan in 2022.

"It is a preventable tragedy every single time, and we keep letting it happen," she said.

Provincial health officials in Punjab said a crackdown on unregistered and substandard medicines would begin this week, with pharmacies in Lahore, Faisalabad and Multan to be inspected first.""", [
        Q("samples of Feverin syrup manufactured by Lahore-based Medicraft Pharmaceuticals contained diethylene "
          "glycol well above permissible limits", "indirect", "Drap", "Drug Regulatory Authority of Pakistan",
          speaker_at="According to Drap"),
        Q("pharmacies, distributors and hospitals must stop selling the syrup immediately and return existing stock "
          "to the manufacturer", "indirect", "The regulator", "Drug Regulatory Authority of Pakistan"),
        Q('"Diethylene glycol can cause acute kidney failure, particularly in children,"', "direct", "it",
          "Drug Regulatory Authority of Pakistan", speaker_at="it said in a drug safety alert"),
        Q('"Parents who have given this syrup to a child and notice any symptoms should seek medical help '
          'immediately."', "direct", "it", "Drug Regulatory Authority of Pakistan",
          speaker_at="it said in a drug safety alert"),
        Q("that inspectors had sealed the company's production unit in Sundar Industrial Estate on Sunday night",
          "indirect", "Asim Rauf", "Asim Rauf"),
        Q('"We will not allow any compromise on the safety of medicines, especially those meant for children,"',
          "direct", "Rauf", "Asim Rauf", speaker_at="Mr Rauf said"),
        Q("that criminal proceedings would follow if negligence was established", "indirect", "him", "Asim Rauf"),
        Q('"voluntarily"', "partial", "A spokesman for Medicraft Pharmaceuticals", None),
        Q("that a contaminated consignment of raw material from a local supplier was to blame", "indirect",
          "The company", "Medicraft Pharmaceuticals"),
        Q("that syrups contaminated with the same chemical had killed dozens of children in Gambia and Uzbekistan "
          "in 2022", "indirect", "Farah Naz Siddiqui", "Farah Naz Siddiqui"),
        Q('"It is a preventable tragedy every single time, and we keep letting it happen,"', "direct", "she",
          "Farah Naz Siddiqui", speaker_at="she said"),
        Q("a crackdown on unregistered and substandard medicines would begin this week, with pharmacies in Lahore, "
          "Faisalabad and Multan to be inspected first", "indirect", "Provincial health officials in Punjab", None),
    ], source="blind"),
    Case("blind3-bridge", """Riverside Avenue Bridge to close for months after inspectors find cracks

SPRINGFIELD, Ohio (KCWT) — The Riverside Avenue Bridge will close to all traffic Monday after inspectors found cracks in two of its main support beams, city officials said Thursday.

The 1962 steel bridge, known locally as the "Green Bridge" because of its paint, carries about 14,000 vehicles a day over the Mad River.

Repairs are expected to take at least six months, according to the Ohio Department of Transportation.

"Safety has to come first. I know this is going to be a real headache for a lot of families, and I'm sorry about that," Mayor Dana Whitfield said at a news conference at City Hall.

Whitfield said the city would ask ODOT for emergency funding to speed up the work. Engineers estimate repairs will cost between $8 million and $11 million.

City engineer Raj Patel told KCWT the cracks were found during a routine inspection last week. "When we saw the extent of the damage, there really wasn't a decision to make.

Drivers will be detoured to the Bechtle Avenue and Limestone Street bridges, which could add 15 minutes to some commutes during rush hour.

Business owners on the north side are bracing for a hit. "It's going to kill us," said Tony Mancuso, who owns Mancuso's Deli at the north end of the bridge. "Half my lunch crowd comes across that bridge."

A spokesperson for Springfield City Schools said bus routes would be adjusted and families would be notified of the changes by Friday.

The mayor said that a temporary pedestrian walkway could be in place by the fall, depending on how quickly the state signs off on the design.

Stay with KCWT 9 for updates on detour routes and traffic.""", [
        Q("The Riverside Avenue Bridge will close to all traffic Monday after inspectors found cracks in two of its "
          "main support beams", "indirect", "city officials", None),
        Q("Repairs are expected to take at least six months", "indirect", "the Ohio Department of Transportation",
          "Ohio Department of Transportation"),
        Q('''"Safety has to come first. I know this is going to be a real headache for a lot of families, and I'm '''
          '''sorry about that,"''', "direct", "Dana Whitfield", "Dana Whitfield"),
        Q("the city would ask ODOT for emergency funding to speed up the work", "indirect", "Whitfield",
          "Dana Whitfield", speaker_at="Whitfield said the city"),
        Q("the cracks were found during a routine inspection last week", "indirect", "Raj Patel", "Raj Patel"),
        Q('''"When we saw the extent of the damage, there really wasn't a decision to make.''', "direct",
          "Raj Patel", "Raj Patel"),
        Q('''"It's going to kill us,"''', "direct", "Tony Mancuso", "Tony Mancuso"),
        Q('"Half my lunch crowd comes across that bridge."', "direct", "Tony Mancuso", "Tony Mancuso"),
        Q("bus routes would be adjusted and families would be notified of the changes by Friday", "indirect",
          "A spokesperson for Springfield City Schools", None),
        Q("that a temporary pedestrian walkway could be in place by the fall, depending on how quickly the state "
          "signs off on the design", "indirect", "The mayor", "Dana Whitfield"),
    ], source="blind"),
    Case("blind3-takeover", """US investor buys into Wesertal despite fan protests

Second-division club FC Wesertal have agreed to sell a minority stake in their professional football company to US investment firm Blackridge Sports Partners, the club announced on Tuesday. Neither side disclosed the price.

Under the deal, Blackridge will take 49.9% of the club’s professional arm, leaving members in control in line with German football’s so-called “50+1 rule.”

“Without fresh money, we would have been looking at a very difficult future,” club president Heike Brandstätter told a press conference at the Auenstadion. “This is not a sale of our soul. The members will always have the last word.”

Brandstätter said the money would be used to pay off debts built up during the coronavirus pandemic and to modernize the club’s youth academy.

Blackridge managing partner Ryan Castellano said his firm was “in it for the long haul.”

“We understand how much this club means to this city, and we’re not here to change that,” Castellano said in a statement released after the press conference.

Many supporters remain unconvinced. At Saturday’s home game against Paderborn, fans in the south stand unfurled banners against the deal and staged a 12-minute silent protest.

“The people running the club keep telling us nothing will change. We have heard that before at other clubs,” Jonas Riedel, a spokesman for the supporters’ alliance Unser Wesertal, told DW.

The German Football League (DFL) said it would examine whether the agreement complied with its licensing rules. A DFL spokesman told sports magazine Kicker that the review could take several weeks.

The league has previously said it has “no plans” to relax the 50+1 rule, which is designed to stop outside investors from taking control of clubs.

Wesertal, who finished eighth in the second division last season, were relegated from the Bundesliga in 2021 and have not been back since.""", [
        Q("Second-division club FC Wesertal have agreed to sell a minority stake in their professional football "
          "company to US investment firm Blackridge Sports Partners", "indirect", "the club", "FC Wesertal",
          speaker_at="the club announced"),
        Q("“Without fresh money, we would have been looking at a very difficult future,”", "direct",
          "Heike Brandstätter", "Heike Brandstätter"),
        Q("“This is not a sale of our soul. The members will always have the last word.”", "direct",
          "Heike Brandstätter", "Heike Brandstätter"),
        Q("the money would be used to pay off debts built up during the coronavirus pandemic and to modernize the "
          "club’s youth academy", "indirect", "Brandstätter", "Heike Brandstätter",
          speaker_at="Brandstätter said"),
        Q("“in it for the long haul.”", "partial", "Ryan Castellano", "Ryan Castellano"),
        Q("“We understand how much this club means to this city, and we’re not here to change that,”", "direct",
          "Castellano", "Ryan Castellano", speaker_at="Castellano said in a statement"),
        Q("“The people running the club keep telling us nothing will change. We have heard that before at other "
          "clubs,”", "direct", "Jonas Riedel", "Jonas Riedel"),
        Q("it would examine whether the agreement complied with its licensing rules", "indirect",
          "The German Football League", "German Football League"),
        Q("that the review could take several weeks", "indirect", "A DFL spokesman", None),
        Q("“no plans”", "partial", "The league", "German Football League"),
    ], source="blind"),
    Case("blind3-satellite", """Kestrel Earth Labs gets its first hyperspectral satellite into orbit

Kestrel Earth Labs, the Denver startup that wants to spot methane leaks and crop disease from space, finally has a satellite in orbit. The 90-kilogram Kestrel-1 lifted off aboard a Rocket Lab Electron from Mahia, New Zealand, on Wednesday night, and the company confirmed that it had made contact with the spacecraft about 50 minutes later.

“Honestly, I’m still shaking,” co-founder and CEO Anika Sorensen told me by phone shortly after the first signal came in. “You spend four years building something, and then you hand it to a rocket and hope.”

Sorensen said the satellite would spend about three weeks in commissioning before it starts capturing images. Kestrel’s camera splits light into more than 300 spectral bands, enough to pick out gases and signs of plant stress that ordinary cameras miss.

She said Kestrel already had paid contracts with two US pipeline operators and an agricultural cooperative in Brazil, though she declined to name them.

The startup has raised $74 million to date, most of it in a Series B round led by Halyard Ventures last year, according to PitchBook.

Not everyone is convinced there is room for another player in the so-called “NewSpace” boom. “There are now at least a dozen companies promising basically the same thing, and the paying customers are mostly governments,” said Luis Ferreira, a space industry analyst at Meridian Space Advisory.

Ferreira, speaking on the “Low Earth Talk” podcast last month, described the Earth-observation market as “frothy.”

Rocket Lab said the launch was its ninth of the year.

Kestrel plans to launch two more satellites in 2025 and wants a constellation of 12 by the end of the decade, which would let it revisit any spot on Earth several times a day.""", [
        Q("that it had made contact with the spacecraft about 50 minutes later", "indirect", "the company",
          "Kestrel Earth Labs", speaker_at="the company confirmed"),
        Q("“Honestly, I’m still shaking,”", "direct", "Anika Sorensen", "Anika Sorensen"),
        Q("“You spend four years building something, and then you hand it to a rocket and hope.”", "direct",
          "Anika Sorensen", "Anika Sorensen"),
        Q("the satellite would spend about three weeks in commissioning before it starts capturing images",
          "indirect", "Sorensen", "Anika Sorensen", speaker_at="Sorensen said"),
        Q("Kestrel already had paid contracts with two US pipeline operators and an agricultural cooperative in "
          "Brazil", "indirect", "She", "Anika Sorensen", speaker_at="She said"),
        Q("The startup has raised $74 million to date, most of it in a Series B round led by Halyard Ventures last "
          "year", "indirect", "PitchBook", "PitchBook"),
        Q("“There are now at least a dozen companies promising basically the same thing, and the paying customers "
          "are mostly governments,”", "direct", "Luis Ferreira", "Luis Ferreira"),
        Q("“frothy.”", "partial", "Ferreira", "Luis Ferreira", speaker_at="Ferreira, speaking"),
        Q("the launch was its ninth of the year", "indirect", "Rocket Lab", "Rocket Lab",
          speaker_at="Rocket Lab said"),
    ], source="blind"),
    Case("blind3-rugby", """Exeter 19-27 Gloucester: Marsh double lifts visitors into top five

Two second-half tries from Ollie Marsh earned Gloucester a 27-19 win at Sandy Park on Saturday and lifted them into fifth place in the Premiership, two points off the play-offs.

Exeter led 13-6 at the break through a try from hooker Ben Tolley and two penalties from fly-half Sam Whitcombe, but Gloucester's pack took control after the interval.

Marsh, who returned from a hamstring injury only a fortnight ago, finished a driving maul in the 52nd minute and then went over from close range after a quickly taken penalty with eight minutes left.

'I'm just happy to be back out there,' the 29-year-old said. 'The boys up front did all the hard work. I only had to fall over the line.'

Gloucester director of rugby Dean Ashworth praised his side's patience. 'At half-time we said we'd been trying to win the game in the first two phases of every attack,' he said. 'We slowed it down, trusted the maul, and it paid off.'

Exeter head coach Martin Pellow was less happy with his side's discipline after they conceded nine second-half penalties.

'We were our own worst enemies,' Pellow said, 'and at this level you get punished for that.'

The coach said that Tolley had hurt his shoulder in the first half and would have a scan on Monday.

The defeat, on a day when Exeter marked their 'Heroes Day' with free tickets for NHS staff, leaves the Chiefs ninth.

According to Premiership Rugby, the crowd of 13,842 was the largest at Sandy Park this season.

Gloucester host Bath next Saturday, while Exeter travel to Newcastle.""", [
        Q("'I'm just happy to be back out there,'", "direct", "the 29-year-old", "Ollie Marsh"),
        Q("'The boys up front did all the hard work. I only had to fall over the line.'", "direct",
          "the 29-year-old", "Ollie Marsh"),
        Q("'At half-time we said we'd been trying to win the game in the first two phases of every attack,'",
          "direct", "he", "Dean Ashworth", speaker_at="he said"),
        Q("'We slowed it down, trusted the maul, and it paid off.'", "direct", "he", "Dean Ashworth",
          speaker_at="he said"),
        Q("'We were our own worst enemies,'", "direct", "Pellow", "Martin Pellow", speaker_at="Pellow said"),
        Q("'and at this level you get punished for that.'", "direct", "Pellow", "Martin Pellow",
          speaker_at="Pellow said"),
        Q("that Tolley had hurt his shoulder in the first half and would have a scan on Monday", "indirect",
          "The coach", "Martin Pellow"),
        Q("the crowd of 13,842 was the largest at Sandy Park this season", "indirect", "Premiership Rugby",
          "Premiership Rugby"),
    ], source="blind"),
]
