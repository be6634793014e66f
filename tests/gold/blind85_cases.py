"""Blind gold set 85: short news articles from many outlets, written once.

Sixteen articles in the house styles of Sierra Leonean and Liberian dailies, Isle of Man and
Channel Islands papers, Mongolian English-language news sites and Texas and Arizona local
dailies. Written blind: without looking at the pretagger, its output or the other gold sets,
and never tuned on. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind85-marampa-ore", """Marampa iron ore exports halted over royalty arrears

By Alusine Sesay

The National Minerals Agency (NMA) has suspended all iron ore exports from the Marampa mine in Port Loko District \
until the operating company settles what the agency described as “outstanding royalty arrears” running into millions \
of dollars.

In a press release issued on Monday, the NMA said that no vessel would be cleared to load ore at the Pepel port until \
the company presents proof of payment to the Ministry of Finance.

Speaking to Awoko on Tuesday, the Director General of the NMA, Mr. Abdul Rahman Koroma, said the decision was not \
taken lightly. “We have written to the company four times since January. Government cannot keep waiting while the ore \
leaves the country,” he said.

Koroma added that the agency had given the company a 30-day grace period which expired on Friday last week.

The mine, operated by Marampa Resources Limited, exported about 1.2 million tonnes of ore last year, according to the \
Ministry of Mines and Mineral Resources.

The company’s country manager, Mr. Li Wei, told this medium that the arrears figure was being disputed. “The amount \
the agency is quoting does not reflect payments we made in the last quarter,” Mr. Li said, adding: “We remain \
committed to Sierra Leone and we are talking with the authorities.”

He said about 600 workers had been sent home on half pay since the suspension took effect.

At Lunsar, the town closest to the mine, traders said business had already slowed. Fatmata Bangura, who sells cooked \
food near the company gate, said, “Since Monday nobody is buying. The workers have no money in their pockets.”

The Member of Parliament for the area, Hon. Osman Kanu, called on both sides to “put the interest of the workers \
first” and asked the Ministry of Mines to intervene.

The Network Movement for Justice and Development (NMJD) described the suspension as evidence of “weak monitoring” of \
mining agreements by successive governments. The group said mining communities had seen little benefit from the \
Marampa concession.

Mining analysts say a fall of nearly a fifth in world iron ore prices this year has squeezed smaller producers such as \
Marampa Resources.

The NMA said the suspension would be lifted “immediately” once payment is confirmed.""", [
        Q("“outstanding royalty arrears”", "partial", "the agency", "National Minerals Agency",
          speaker_at="what the agency described"),
        Q("that no vessel would be cleared to load ore at the Pepel port until the company presents proof of payment "
          "to the Ministry of Finance", "indirect", "the NMA", "National Minerals Agency",
          speaker_at="the NMA said that"),
        Q("the decision was not taken lightly", "indirect", "Abdul Rahman Koroma", "Abdul Rahman Koroma"),
        Q("“We have written to the company four times since January. Government cannot keep waiting while the ore "
          "leaves the country,”", "direct", "he", "Abdul Rahman Koroma", speaker_at="country,” he said"),
        Q("that the agency had given the company a 30-day grace period which expired on Friday last week", "indirect",
          "Koroma", "Abdul Rahman Koroma", speaker_at="Koroma added"),
        Q("The mine, operated by Marampa Resources Limited, exported about 1.2 million tonnes of ore last year",
          "indirect", "the Ministry of Mines and Mineral Resources", "Ministry of Mines and Mineral Resources"),
        Q("that the arrears figure was being disputed", "indirect", "Li Wei", "Li Wei"),
        Q("“The amount the agency is quoting does not reflect payments we made in the last quarter,”", "direct",
          "Li", "Li Wei", speaker_at="Mr. Li said"),
        Q("“We remain committed to Sierra Leone and we are talking with the authorities.”", "direct",
          "Li", "Li Wei", speaker_at="Mr. Li said"),
        Q("about 600 workers had been sent home on half pay since the suspension took effect", "indirect",
          "He", "Li Wei", speaker_at="He said about"),
        Q("business had already slowed", "indirect", "traders", None),
        Q("“Since Monday nobody is buying. The workers have no money in their pockets.”", "direct",
          "Fatmata Bangura", "Fatmata Bangura"),
        Q("“put the interest of the workers first”", "partial", "Osman Kanu", "Osman Kanu"),
        Q("“weak monitoring”", "partial", "The Network Movement for Justice and Development",
          "Network Movement for Justice and Development"),
        Q("mining communities had seen little benefit from the Marampa concession", "indirect", "The group",
          "Network Movement for Justice and Development"),
        Q("a fall of nearly a fifth in world iron ore prices this year has squeezed smaller producers such as Marampa "
          "Resources", "indirect", "Mining analysts", None),
        Q("“immediately”", "partial", "The NMA", "National Minerals Agency"),
    ], source="blind"),
    Case("blind85-zamyn-uud-ore", """Iron ore exports through Zamyn-Uud halted as railway gives priority to coal

Ulaanbaatar, February 5, 2025 /MONTSAME/. Shipments of iron ore through the Zamyn-Uud border port have been \
temporarily halted, Mongolian Railway JSC announced on Wednesday, as the company redirects wagons to coal transport \
under its so-called “Coal First” schedule.

According to the Customs General Administration, Mongolia exported 6.8 million tons of iron ore and concentrate last \
year, most of it to the People’s Republic of China.

Speaking at a press briefing, Executive Director of Mongolian Railway JSC B.Ganbold said that the suspension would \
last no longer than three weeks. “Coal is the country’s main source of foreign currency, and the Government has set an \
export target of 83 million tons this year. We must use every wagon we have,” B.Ganbold stated.

The Mongolian Iron Ore Association said in a statement that its members had more than 400,000 tons of ore waiting at \
railway stations in Darkhan-Uul and Selenge aimags.

“Our companies have signed contracts with Chinese buyers with fixed delivery dates. If we miss them, we pay \
penalties,” said Head of the Association D.Enkhtuvshin. He added that some mines might be forced to stop production if \
the halt continued into March.

Minister of Industry and Mineral Resources L.Oyunchimeg told journalists on Thursday that the ministry was looking for \
“a temporary solution” for iron ore producers. The ministry is considering allowing trucks to carry ore across the \
border at Zamyn-Uud, she noted.

Dr. N.Altantsetseg, an economist at the Mongolian University of Science and Technology, said the halt showed the \
country’s “over-dependence on a single railway line.”

“Until the new Zuunbayan–Khangi railway reaches full capacity, this kind of problem will happen every winter,” she said.

Iron ore prices on the Dalian Commodity Exchange fell 2 percent on Wednesday, Reuters reported.""", [
        Q("Shipments of iron ore through the Zamyn-Uud border port have been temporarily halted", "indirect",
          "Mongolian Railway JSC", "Mongolian Railway JSC", speaker_at="Mongolian Railway JSC announced"),
        Q("Mongolia exported 6.8 million tons of iron ore and concentrate last year, most of it to the People’s "
          "Republic of China", "indirect", "the Customs General Administration", "Customs General Administration"),
        Q("that the suspension would last no longer than three weeks", "indirect", "B.Ganbold", "B.Ganbold",
          speaker_at="B.Ganbold said"),
        Q("“Coal is the country’s main source of foreign currency, and the Government has set an export target of 83 "
          "million tons this year. We must use every wagon we have,”", "direct", "B.Ganbold", "B.Ganbold",
          speaker_at="B.Ganbold stated"),
        Q("that its members had more than 400,000 tons of ore waiting at railway stations in Darkhan-Uul and Selenge "
          "aimags", "indirect", "The Mongolian Iron Ore Association", "Mongolian Iron Ore Association"),
        Q("“Our companies have signed contracts with Chinese buyers with fixed delivery dates. If we miss them, we pay "
          "penalties,”", "direct", "D.Enkhtuvshin", "D.Enkhtuvshin"),
        Q("that some mines might be forced to stop production if the halt continued into March", "indirect",
          "He", "D.Enkhtuvshin", speaker_at="He added"),
        Q("“a temporary solution”", "partial", "L.Oyunchimeg", "L.Oyunchimeg"),
        Q("The ministry is considering allowing trucks to carry ore across the border at Zamyn-Uud", "indirect",
          "she", "L.Oyunchimeg", speaker_at="she noted"),
        Q("“over-dependence on a single railway line.”", "partial", "N.Altantsetseg", "N.Altantsetseg"),
        Q("“Until the new Zuunbayan–Khangi railway reaches full capacity, this kind of problem will happen every "
          "winter,”", "direct", "she", "N.Altantsetseg", speaker_at="winter,” she said"),
        Q("Iron ore prices on the Dalian Commodity Exchange fell 2 percent on Wednesday", "indirect",
          "Reuters", "Reuters"),
    ], source="blind"),
    Case("blind85-steam-packet-fares", """Anger as Steam Packet confirms 8% fare rise

The Isle of Man Steam Packet Company has confirmed fares on its Heysham and Liverpool routes will rise by an average \
of 8% from April, prompting criticism from politicians and passenger groups.

In a statement, the company said the increase reflected higher fuel, crew and port costs, and that its standard foot \
passenger fare would remain below £50 each way.

Chief executive Kevin Morrison said: ‘No one likes to put prices up, and we have held fares for as long as we could.

‘But the cost of running our vessels year round has gone up by more than £4m since 2022 and we cannot absorb that on \
our own.’

Under the user agreement with the Isle of Man Government, the Steam Packet must consult the Department of \
Infrastructure before raising fares by more than inflation.

Douglas East MHK Ralph Corlett described the rise as ‘a kick in the teeth’ for families who already paid ‘some of the \
highest sea fares in Europe’.

Mr Corlett said he would table a question in the House of Keys next week asking whether the department had approved \
the increase.

‘Islanders were promised that the new agreement would protect them from exactly this,’ he said. ‘I want to know what \
the minister knew and when.’

The Department of Infrastructure told Isle of Man Today that the Steam Packet had notified it of the increase in \
February. The department said the rise fell ‘within the terms of the agreement’.

Emma Kinvig, who chairs the Manx Sea Passengers Association, said members had reported paying more than £400 for a \
family return with a car in August.

‘People are choosing to fly or not to travel at all,’ Mrs Kinvig added. ‘That hurts the island’s economy as much as it \
hurts passengers.’

One foot passenger waiting at the Sea Terminal in Douglas on Monday said the fares were ‘ridiculous for a \
three-and-a-half-hour crossing’.

The company pointed out that its ‘Islander Saver’ tickets, available only to residents, would rise by just 4%.""", [
        Q("fares on its Heysham and Liverpool routes will rise by an average of 8% from April", "indirect",
          "The Isle of Man Steam Packet Company", "Isle of Man Steam Packet Company"),
        Q("the increase reflected higher fuel, crew and port costs, and that its standard foot passenger fare would "
          "remain below £50 each way", "indirect", "the company", "Isle of Man Steam Packet Company",
          speaker_at="the company said"),
        Q("‘No one likes to put prices up, and we have held fares for as long as we could.", "direct",
          "Kevin Morrison", "Kevin Morrison"),
        Q("‘But the cost of running our vessels year round has gone up by more than £4m since 2022 and we cannot "
          "absorb that on our own.’", "direct", "Kevin Morrison", "Kevin Morrison"),
        Q("‘a kick in the teeth’", "partial", "Ralph Corlett", "Ralph Corlett"),
        Q("‘some of the highest sea fares in Europe’", "partial", "Ralph Corlett", "Ralph Corlett"),
        Q("he would table a question in the House of Keys next week asking whether the department had approved the "
          "increase", "indirect", "Corlett", "Ralph Corlett", speaker_at="Mr Corlett said"),
        Q("‘Islanders were promised that the new agreement would protect them from exactly this,’", "direct",
          "he", "Ralph Corlett", speaker_at="this,’ he said"),
        Q("‘I want to know what the minister knew and when.’", "direct", "he", "Ralph Corlett",
          speaker_at="this,’ he said"),
        Q("that the Steam Packet had notified it of the increase in February", "indirect",
          "The Department of Infrastructure", "Department of Infrastructure"),
        Q("‘within the terms of the agreement’", "partial", "The department", "Department of Infrastructure"),
        Q("members had reported paying more than £400 for a family return with a car in August", "indirect",
          "Emma Kinvig", "Emma Kinvig"),
        Q("‘People are choosing to fly or not to travel at all,’", "direct", "Kinvig", "Emma Kinvig",
          speaker_at="Mrs Kinvig added"),
        Q("‘That hurts the island’s economy as much as it hurts passengers.’", "direct", "Kinvig", "Emma Kinvig",
          speaker_at="Mrs Kinvig added"),
        Q("‘ridiculous for a three-and-a-half-hour crossing’", "partial", "One foot passenger", None),
        Q("that its ‘Islander Saver’ tickets, available only to residents, would rise by just 4%", "indirect",
          "The company", "Isle of Man Steam Packet Company"),
    ], source="blind"),
    Case("blind85-condor-fare-cap", """Condor scraps inter-island fare cap

CONDOR FERRIES has scrapped the cap on inter-island fares, prompting anger from deputies who say the move breaks the \
spirit of the operator's agreement with the States.

The operator confirmed yesterday that the £39 maximum fare for a foot passenger travelling between Guernsey and Jersey \
would end on 1 May. Future prices will be set 'according to demand', it said.

'This is exactly the kind of decision we were told would not happen under the new agreement,' said Economic \
Development president Deputy Marc Ozanne.

'Inter-island travel is not a luxury. Students, patients and workers rely on it every day.'

Deputy Ozanne said his committee had asked the Law Officers whether the change breached the agreement signed in 2024.

Condor's managing director, Alistair Dunne, said the cap had cost the company more than £1m last year.

'We understand the frustration, but the cap was never meant to be permanent,' he said. 'We are running an ageing fleet \
on tight margins and every route has to pay its way.'

He insisted that most passengers would still pay less than £39 if they booked early.

In Jersey, the Government of Jersey said it was 'disappointed' by the decision and would raise it at the next meeting \
of the joint ferry steering group.

According to Guernsey Ports, inter-island passenger numbers fell by 11% last year. The route is classed as a \
'lifeline' service.

Commuter Rachel Mauger, who travels to Jersey three days a week for work, told the Press: 'I already spend a fortune \
on the boat. If this goes up again I'll have to think about giving up the job.'

Mr Dunne later said the company would 'look again' at concessions for students.""", [
        Q("the move breaks the spirit of the operator's agreement with the States", "indirect", "deputies", None),
        Q("that the £39 maximum fare for a foot passenger travelling between Guernsey and Jersey would end on 1 May",
          "indirect", "The operator", "Condor Ferries"),
        Q("'according to demand'", "partial", "it", "Condor Ferries", speaker_at="demand', it said"),
        Q("'This is exactly the kind of decision we were told would not happen under the new agreement,'", "direct",
          "Marc Ozanne", "Marc Ozanne"),
        Q("'Inter-island travel is not a luxury. Students, patients and workers rely on it every day.'", "direct",
          "Marc Ozanne", "Marc Ozanne"),
        Q("his committee had asked the Law Officers whether the change breached the agreement signed in 2024",
          "indirect", "Ozanne", "Marc Ozanne", speaker_at="Deputy Ozanne said"),
        Q("the cap had cost the company more than £1m last year", "indirect", "Alistair Dunne", "Alistair Dunne"),
        Q("'We understand the frustration, but the cap was never meant to be permanent,'", "direct",
          "he", "Alistair Dunne", speaker_at="permanent,' he said"),
        Q("'We are running an ageing fleet on tight margins and every route has to pay its way.'", "direct",
          "he", "Alistair Dunne", speaker_at="permanent,' he said"),
        Q("that most passengers would still pay less than £39 if they booked early", "indirect",
          "He", "Alistair Dunne", speaker_at="He insisted"),
        Q("'disappointed'", "partial", "the Government of Jersey", "Government of Jersey"),
        Q("would raise it at the next meeting of the joint ferry steering group", "indirect",
          "the Government of Jersey", "Government of Jersey"),
        Q("inter-island passenger numbers fell by 11% last year", "indirect", "Guernsey Ports", "Guernsey Ports"),
        Q("'I already spend a fortune on the boat. If this goes up again I'll have to think about giving up the job.'",
          "direct", "Rachel Mauger", "Rachel Mauger"),
        Q("'look again'", "partial", "Dunne", "Alistair Dunne", speaker_at="Mr Dunne later"),
    ], source="blind"),
    Case("blind85-western-dzud", """Dzud kills over 2 million livestock as snow blankets western aimags

By B.Khuslen

More than 2.1 million head of livestock have died so far this winter, the National Emergency Management Agency (NEMA) \
reported on Monday, with the heaviest losses in Zavkhan, Uvs and Govi-Altai aimags.

According to the National Agency for Meteorology and Environmental Monitoring, about 80 percent of the country's \
territory is now at high or very high risk of dzud. Herders in the west are facing a "white dzud", in which deep snow \
buries the pasture, on top of a dry summer that left little hay.

NEMA Deputy Head Colonel D.Purevsuren told reporters that relief convoys carrying hay and fodder had been unable to \
reach several soums because roads were blocked by snow.

"Some herder families have been cut off for more than ten days. We are using helicopters where possible, but the \
weather makes flights very dangerous," he said.

In Tes soum of Zavkhan aimag, herder G.Oyunbileg said she had lost 240 of her 400 sheep and goats since January.

"Every morning we go out and find more dead animals. My children cry when they see them," she said. "We have nothing \
left to feed the rest."

Tes soum Governor Ts.Bat-Erdene said the soum had received 60 tons of hay from the state reserve, which he described \
as "not even a quarter of what we need."

Residents of Uliastai, the capital of Zavkhan aimag, told UB Post that fodder prices in local markets had doubled \
since December.

The Ministry of Food, Agriculture and Light Industry announced on Tuesday that herders who lost more than half of \
their animals would receive a one-off payment of 500,000 MNT.

The Food and Agriculture Organization of the United Nations (FAO) warned that the losses could push thousands of \
herding households into poverty. "Dzud is not a single disaster. It is a slow one, and the hardest months for herders \
are still ahead, in March and April," said Maria Lindqvist, FAO Representative in Mongolia.

The Mongolian Red Cross Society said it had distributed food parcels and warm clothing to 3,200 households in the four \
worst-hit aimags.""", [
        Q("More than 2.1 million head of livestock have died so far this winter", "indirect",
          "the National Emergency Management Agency", "National Emergency Management Agency"),
        Q("about 80 percent of the country's territory is now at high or very high risk of dzud", "indirect",
          "the National Agency for Meteorology and Environmental Monitoring",
          "National Agency for Meteorology and Environmental Monitoring"),
        Q("that relief convoys carrying hay and fodder had been unable to reach several soums because roads were "
          "blocked by snow", "indirect", "D.Purevsuren", "D.Purevsuren"),
        Q('"Some herder families have been cut off for more than ten days. We are using helicopters where possible, '
          'but the weather makes flights very dangerous,"', "direct", "he", "D.Purevsuren",
          speaker_at='dangerous," he said'),
        Q("she had lost 240 of her 400 sheep and goats since January", "indirect", "G.Oyunbileg", "G.Oyunbileg"),
        Q('"Every morning we go out and find more dead animals. My children cry when they see them,"', "direct",
          "she", "G.Oyunbileg", speaker_at='them," she said'),
        Q('"We have nothing left to feed the rest."', "direct", "she", "G.Oyunbileg", speaker_at='them," she said'),
        Q("the soum had received 60 tons of hay from the state reserve", "indirect", "Ts.Bat-Erdene", "Ts.Bat-Erdene"),
        Q('"not even a quarter of what we need."', "partial", "he", "Ts.Bat-Erdene", speaker_at="which he described"),
        Q("that fodder prices in local markets had doubled since December", "indirect",
          "Residents of Uliastai", None),
        Q("that herders who lost more than half of their animals would receive a one-off payment of 500,000 MNT",
          "indirect", "The Ministry of Food, Agriculture and Light Industry",
          "Ministry of Food, Agriculture and Light Industry"),
        Q("that the losses could push thousands of herding households into poverty", "indirect",
          "The Food and Agriculture Organization of the United Nations",
          "Food and Agriculture Organization of the United Nations"),
        Q('"Dzud is not a single disaster. It is a slow one, and the hardest months for herders are still ahead, in '
          'March and April,"', "direct", "Maria Lindqvist", "Maria Lindqvist"),
        Q("it had distributed food parcels and warm clothing to 3,200 households in the four worst-hit aimags",
          "indirect", "The Mongolian Red Cross Society", "Mongolian Red Cross Society"),
    ], source="blind"),
    Case("blind85-khuvsgul-yaks", """Khuvsgul herders count losses as insurers face record claims

Heavy snow and temperatures below minus 45 degrees Celsius have killed nearly 190,000 head of livestock in Khuvsgul \
aimag since December, the Khuvsgul Aimag Emergency Management Department said on Friday.

Yaks accounted for almost a third of the deaths, according to Colonel S.Ganzorig, head of the department’s disaster \
assessment unit.

“Yaks are usually the strongest animals we have. When even yaks are dying, you know this winter is something \
different,” Ganzorig said.

The Financial Regulatory Commission said that livestock insurance claims had already exceeded 30 billion MNT this \
winter, more than in any year since the index-based scheme was introduced in 2006.

D.Nomin, chief executive of Altai Insurance, one of the largest sellers of livestock policies in the northern aimags, \
said the company would begin payouts next week. “We have enough reserves. Nobody who bought a policy will be left \
without payment,” she said, “but we will need support from reinsurers if losses continue.”

In Renchinlkhumbe soum, herder N.Erdenebat, 58, said he had lost 70 yaks, and described the winter as “the worst I \
have seen in my whole life.” He said younger herders in the soum were talking about moving to Murun or Ulaanbaatar.

“My son says there is no future in herding. This winter, I could not argue with him,” Erdenebat told GoGo.

Dr. B.Tsogtbaatar, a climate researcher at the Institute of Geography and Geoecology, said that severe winters had \
become more frequent over the past two decades. “We used to see a serious dzud every ten or twelve years. Now it comes \
almost every three years,” he said.

Mongolian National Broadcaster reported that a herder in Tsagaan-Uul soum had died after going out to look for missing \
horses during a blizzard.

Member of Parliament for Khuvsgul L.Munkhbaatar urged the Government to treat the aimag as “a disaster zone, not a \
line in the budget.”""", [
        Q("Heavy snow and temperatures below minus 45 degrees Celsius have killed nearly 190,000 head of livestock in "
          "Khuvsgul aimag since December", "indirect", "the Khuvsgul Aimag Emergency Management Department",
          "Khuvsgul Aimag Emergency Management Department"),
        Q("Yaks accounted for almost a third of the deaths", "indirect", "S.Ganzorig", "S.Ganzorig"),
        Q("“Yaks are usually the strongest animals we have. When even yaks are dying, you know this winter is "
          "something different,”", "direct", "Ganzorig", "S.Ganzorig", speaker_at="Ganzorig said"),
        Q("that livestock insurance claims had already exceeded 30 billion MNT this winter, more than in any year "
          "since the index-based scheme was introduced in 2006", "indirect", "The Financial Regulatory Commission",
          "Financial Regulatory Commission"),
        Q("the company would begin payouts next week", "indirect", "D.Nomin", "D.Nomin"),
        Q("“We have enough reserves. Nobody who bought a policy will be left without payment,”", "direct",
          "she", "D.Nomin", speaker_at="payment,” she said"),
        Q("“but we will need support from reinsurers if losses continue.”", "direct", "she", "D.Nomin",
          speaker_at="payment,” she said"),
        Q("he had lost 70 yaks", "indirect", "N.Erdenebat", "N.Erdenebat"),
        Q("“the worst I have seen in my whole life.”", "partial", "N.Erdenebat", "N.Erdenebat"),
        Q("younger herders in the soum were talking about moving to Murun or Ulaanbaatar", "indirect",
          "He", "N.Erdenebat", speaker_at="He said younger"),
        Q("“My son says there is no future in herding. This winter, I could not argue with him,”", "direct",
          "Erdenebat", "N.Erdenebat", speaker_at="Erdenebat told"),
        Q("that severe winters had become more frequent over the past two decades", "indirect",
          "B.Tsogtbaatar", "B.Tsogtbaatar"),
        Q("“We used to see a serious dzud every ten or twelve years. Now it comes almost every three years,”",
          "direct", "he", "B.Tsogtbaatar", speaker_at="years,” he said"),
        Q("that a herder in Tsagaan-Uul soum had died after going out to look for missing horses during a blizzard",
          "indirect", "Mongolian National Broadcaster", "Mongolian National Broadcaster"),
        Q("“a disaster zone, not a line in the budget.”", "partial", "L.Munkhbaatar", "L.Munkhbaatar"),
    ], source="blind"),
    Case("blind85-jfk-pharmacy", """JFK Pharmacy Runs Dry As Patients Are Sent To Buy Drugs Outside

Monrovia – Patients at the John F. Kennedy Memorial Medical Center in Monrovia are being asked to buy basic medicines \
from private pharmacies after the hospital’s main pharmacy ran out of antibiotics, intravenous fluids and insulin, \
FrontPage Africa has gathered.

Several patients and relatives interviewed at the hospital on Tuesday said they had been handed prescriptions and told \
to buy the drugs at private pharmacies on Benson Street.

Mamie Flomo, whose 7-year-old son is admitted on the pediatric ward, said she had spent more than L$9,000 on drugs in \
three days. “I sold my market goods to buy the medicine. If I don’t buy it, my son will not get treatment,” she said.

The hospital’s Chief Pharmacist, Mr. Emmanuel Sackor, confirmed the shortage but said it was caused by delays at the \
National Drug Service (NDS), which supplies public health facilities across the country.

“We placed our order in September. Up to now, we have only received about 40 percent of what we requested,” Mr. Sackor \
explained. “We are doing our best with what we have.”

When contacted, the Managing Director of the NDS, Dr. Comfort Tarpeh, said the agency itself was owed more than US$2 \
million by the Government of Liberia.

“We cannot procure drugs on credit forever. Our suppliers also want their money,” Dr. Tarpeh told FrontPage Africa.

The Ministry of Health, in a statement issued Wednesday, said it was “aware of the challenges” facing the hospital. \
The ministry said a consignment of essential medicines worth US$1.5 million was expected at the Freeport of Monrovia \
by the end of the month.

Rep. Moses Kollie, who chairs the House Committee on Health, described the situation as “a national embarrassment” and \
said his committee would summon the Minister of Health next week.

A nurse on the maternity ward, who spoke on condition of anonymity for fear of losing her job, said staff had \
sometimes been forced to reuse gloves. “It is not safe, but what can we do?” the nurse asked.

Under the hospital’s “cost recovery” scheme, patients normally pay a reduced fee for drugs dispensed at the main \
pharmacy.""", [
        Q("they had been handed prescriptions and told to buy the drugs at private pharmacies on Benson Street",
          "indirect", "Several patients and relatives", None),
        Q("she had spent more than L$9,000 on drugs in three days", "indirect", "Mamie Flomo", "Mamie Flomo"),
        Q("“I sold my market goods to buy the medicine. If I don’t buy it, my son will not get treatment,”", "direct",
          "she", "Mamie Flomo", speaker_at="treatment,” she said"),
        Q("it was caused by delays at the National Drug Service (NDS), which supplies public health facilities across "
          "the country", "indirect", "Emmanuel Sackor", "Emmanuel Sackor"),
        Q("“We placed our order in September. Up to now, we have only received about 40 percent of what we "
          "requested,”", "direct", "Sackor", "Emmanuel Sackor", speaker_at="Mr. Sackor explained"),
        Q("“We are doing our best with what we have.”", "direct", "Sackor", "Emmanuel Sackor",
          speaker_at="Mr. Sackor explained"),
        Q("the agency itself was owed more than US$2 million by the Government of Liberia", "indirect",
          "Comfort Tarpeh", "Comfort Tarpeh"),
        Q("“We cannot procure drugs on credit forever. Our suppliers also want their money,”", "direct",
          "Tarpeh", "Comfort Tarpeh", speaker_at="Dr. Tarpeh told"),
        Q("“aware of the challenges”", "partial", "The Ministry of Health", "Ministry of Health"),
        Q("a consignment of essential medicines worth US$1.5 million was expected at the Freeport of Monrovia by the "
          "end of the month", "indirect", "The ministry", "Ministry of Health"),
        Q("“a national embarrassment”", "partial", "Moses Kollie", "Moses Kollie"),
        Q("his committee would summon the Minister of Health next week", "indirect", "Moses Kollie", "Moses Kollie"),
        Q("staff had sometimes been forced to reuse gloves", "indirect", "A nurse on the maternity ward", None),
        Q("“It is not safe, but what can we do?”", "direct", "the nurse", None),
    ], source="blind"),
    Case("blind85-jersey-pharmacy", """Hospital pharmacy to cut opening hours as staff shortage bites

THE General Hospital’s outpatient pharmacy is to close at 2pm on weekdays for at least six weeks because of a shortage \
of qualified staff, Health and Community Services has announced.

The department said that five of its 14 pharmacist posts were vacant and two more staff were on long-term sick leave.

Chief pharmacist Andrew Le Brocq said: ‘We have had to make a difficult decision to protect the safety of the service. \
I would rather reduce our hours than ask an exhausted team to keep going.’

‘Patients who need medicines urgently will still be able to get them through the ward pharmacy,’ he added.

Mr Le Brocq said recruitment had been hampered by the cost of housing in the Island, with two candidates withdrawing \
last year after being offered posts.

Retired teacher Margaret Renouf (74), who collects blood-thinning medication every month, said she had been turned \
away after arriving at 2.15pm on Monday. ‘Nobody told us anything in advance. I had taken the bus in from Gorey,’ she \
said.

Deputy Simon Le Quesne, who chairs the Health and Social Security Scrutiny Panel, said the closure was ‘symptomatic of \
a wider workforce crisis’ in the health service. He said the panel would ask the Health Minister to explain when \
normal hours would be restored.

Health Minister Deputy Mark Falle told the JEP that community pharmacies had agreed to dispense some hospital \
prescriptions during the closure.

‘This is a temporary measure and I want to reassure Islanders that nobody will go without their medicines,’ he said.

Richard Amy, chairman of the Jersey Community Pharmacists Group, said members were willing to help but warned that \
they too were ‘stretched to the limit’.

One member of the pharmacy team, who asked not to be named, said morale in the department was ‘at rock bottom’.

The changes come as the department prepares to introduce a new ‘hub and spoke’ model for dispensing medicines in the \
summer.""", [
        Q("THE General Hospital’s outpatient pharmacy is to close at 2pm on weekdays for at least six weeks because of "
          "a shortage of qualified staff", "indirect", "Health and Community Services",
          "Health and Community Services"),
        Q("that five of its 14 pharmacist posts were vacant and two more staff were on long-term sick leave",
          "indirect", "The department", "Health and Community Services", speaker_at="The department said"),
        Q("‘We have had to make a difficult decision to protect the safety of the service. I would rather reduce our "
          "hours than ask an exhausted team to keep going.’", "direct", "Andrew Le Brocq", "Andrew Le Brocq"),
        Q("‘Patients who need medicines urgently will still be able to get them through the ward pharmacy,’",
          "direct", "he", "Andrew Le Brocq", speaker_at="he added"),
        Q("recruitment had been hampered by the cost of housing in the Island, with two candidates withdrawing last "
          "year after being offered posts", "indirect", "Le Brocq", "Andrew Le Brocq",
          speaker_at="Mr Le Brocq said"),
        Q("she had been turned away after arriving at 2.15pm on Monday", "indirect",
          "Margaret Renouf", "Margaret Renouf"),
        Q("‘Nobody told us anything in advance. I had taken the bus in from Gorey,’", "direct",
          "she", "Margaret Renouf", speaker_at="Gorey,’ she said"),
        Q("‘symptomatic of a wider workforce crisis’", "partial", "Simon Le Quesne", "Simon Le Quesne"),
        Q("the panel would ask the Health Minister to explain when normal hours would be restored", "indirect",
          "He", "Simon Le Quesne", speaker_at="He said the panel"),
        Q("that community pharmacies had agreed to dispense some hospital prescriptions during the closure",
          "indirect", "Mark Falle", "Mark Falle"),
        Q("‘This is a temporary measure and I want to reassure Islanders that nobody will go without their "
          "medicines,’", "direct", "he", "Mark Falle", speaker_at="medicines,’ he said"),
        Q("members were willing to help", "indirect", "Richard Amy", "Richard Amy"),
        Q("‘stretched to the limit’", "partial", "Richard Amy", "Richard Amy"),
        Q("‘at rock bottom’", "partial", "One member of the pharmacy team", None),
    ], source="blind"),
    Case("blind85-ramsey-school-buses", """Pupils stranded as school bus contract row escalates

DOZENS of pupils in the north of the island were left without transport to school on Monday after a payment dispute \
between the Department of Education, Sport and Culture and a private coach operator.

Mannin Coaches, which has run routes to Ramsey Grammar School for more than a decade, withdrew three buses over the \
weekend, saying the department had failed to pay invoices totalling £86,000.

Managing director Phil Kneale said: ‘We didn’t want to do this. We have staff to pay and fuel to buy, and we have been \
chasing this money since October.’

He claimed that the department had also tried to change the terms of the contract midway through the school year \
without consultation.

In a statement, the department said that all correctly submitted invoices had been paid and that the remaining sums \
were under review.

‘We are disappointed that Mannin Coaches has chosen to withdraw services at such short notice, causing real disruption \
to families,’ the department added.

Bus Vannin said it had laid on two double-decker buses for Tuesday morning, but warned that some pupils might still \
have to use scheduled services.

Sulby mother Claire Cowin said her two children had waited at the roadside for 40 minutes in the rain before she \
realised no bus was coming.

‘Nobody told us a thing. I found out on Facebook,’ she said. ‘If I hadn’t been at home, they would have been standing \
there all morning.’

Ayre and Michael MHK Alison Teare called the situation ‘a shambles’ and said she would raise it with the Education \
Minister at the next sitting of Tynwald.

Education Minister Daniel Caine told Manx Radio that he expected the two sides to reach an agreement within days.

‘I have asked officers to meet the company tomorrow. Children’s education has to come first,’ Mr Caine said.

Under the department’s ‘Home to School Transport Policy’, pupils who live more than three miles from their catchment \
school are entitled to free travel.""", [
        Q("the department had failed to pay invoices totalling £86,000", "indirect", "Mannin Coaches",
          "Mannin Coaches", speaker_at="Mannin Coaches, which"),
        Q("‘We didn’t want to do this. We have staff to pay and fuel to buy, and we have been chasing this money since "
          "October.’", "direct", "Phil Kneale", "Phil Kneale"),
        Q("that the department had also tried to change the terms of the contract midway through the school year "
          "without consultation", "indirect", "He", "Phil Kneale", speaker_at="He claimed"),
        Q("that all correctly submitted invoices had been paid and that the remaining sums were under review",
          "indirect", "the department", "Department of Education, Sport and Culture",
          speaker_at="the department said"),
        Q("‘We are disappointed that Mannin Coaches has chosen to withdraw services at such short notice, causing real "
          "disruption to families,’", "direct", "the department", "Department of Education, Sport and Culture",
          speaker_at="the department added"),
        Q("it had laid on two double-decker buses for Tuesday morning", "indirect", "Bus Vannin", "Bus Vannin"),
        Q("that some pupils might still have to use scheduled services", "indirect", "Bus Vannin", "Bus Vannin"),
        Q("her two children had waited at the roadside for 40 minutes in the rain before she realised no bus was "
          "coming", "indirect", "Claire Cowin", "Claire Cowin"),
        Q("‘Nobody told us a thing. I found out on Facebook,’", "direct", "she", "Claire Cowin",
          speaker_at="Facebook,’ she said"),
        Q("‘If I hadn’t been at home, they would have been standing there all morning.’", "direct",
          "she", "Claire Cowin", speaker_at="Facebook,’ she said"),
        Q("‘a shambles’", "partial", "Alison Teare", "Alison Teare"),
        Q("she would raise it with the Education Minister at the next sitting of Tynwald", "indirect",
          "Alison Teare", "Alison Teare"),
        Q("that he expected the two sides to reach an agreement within days", "indirect",
          "Daniel Caine", "Daniel Caine"),
        Q("‘I have asked officers to meet the company tomorrow. Children’s education has to come first,’", "direct",
          "Caine", "Daniel Caine", speaker_at="Mr Caine said"),
    ], source="blind"),
    Case("blind85-freetown-school-buses", """School bus drivers strike over unpaid wages as contract row deepens

By Mohamed Jalloh

Drivers of the government's free school bus service in Freetown on Monday parked more than 30 buses at the Sierra \
Leone Road Transport Corporation (SLRTC) depot at Kissy, saying they had not been paid for four months.

The buses, known across the city as "FQ buses", carry thousands of pupils to government and government-assisted \
schools every day.

The drivers are employed not by SLRTC but by Bintumani Transport Services, a private company contracted by the \
Ministry of Transport and Aviation in 2023 to operate and maintain the fleet.

Speaking on behalf of the drivers, Alhaji Sorie Conteh said the company had repeatedly promised to pay them but \
"nothing has come."

"We carry the children every morning and every afternoon. Our own children are at home because we cannot pay their \
school fees," Conteh said.

The Chief Executive of Bintumani Transport Services, Mr. Ibrahim Turay, told Concord Times that the company itself had \
not received any payment from the ministry since the start of the school year.

"The contract says the ministry pays us every month. We have written, we have visited, we have done everything," Mr. \
Turay said, "but the money is not coming."

In a press release, the Ministry of Transport and Aviation said that payments to the company had been delayed by an \
ongoing audit of the contract. The ministry added that it had "serious concerns" about the maintenance of the buses, \
several of which it said were "no longer roadworthy".

The Anti-Corruption Commission (ACC) confirmed to this medium that it had opened an investigation into the award of \
the contract.

At the Kissy Municipal School, head teacher Mrs. Christiana Kamara said attendance had dropped by almost half since \
the strike began. "Some of the children walk for one hour. Others just stay at home," she said.

Parents waiting at the depot said they could not afford okada fares for their children every day.""", [
        Q("they had not been paid for four months", "indirect",
          "Drivers of the government's free school bus service in Freetown", None),
        Q("the company had repeatedly promised to pay them", "indirect", "Sorie Conteh", "Sorie Conteh"),
        Q('"nothing has come."', "partial", "Sorie Conteh", "Sorie Conteh"),
        Q('"We carry the children every morning and every afternoon. Our own children are at home because we cannot '
          'pay their school fees,"', "direct", "Conteh", "Sorie Conteh", speaker_at='fees," Conteh said'),
        Q("that the company itself had not received any payment from the ministry since the start of the school year",
          "indirect", "Ibrahim Turay", "Ibrahim Turay"),
        Q('"The contract says the ministry pays us every month. We have written, we have visited, we have done '
          'everything,"', "direct", "Turay", "Ibrahim Turay", speaker_at="Mr. Turay said"),
        Q('"but the money is not coming."', "direct", "Turay", "Ibrahim Turay", speaker_at="Mr. Turay said"),
        Q("that payments to the company had been delayed by an ongoing audit of the contract", "indirect",
          "the Ministry of Transport and Aviation", "Ministry of Transport and Aviation",
          speaker_at="the Ministry of Transport and Aviation said"),
        Q('"serious concerns"', "partial", "The ministry", "Ministry of Transport and Aviation"),
        Q('"no longer roadworthy"', "partial", "it", "Ministry of Transport and Aviation",
          speaker_at="which it said"),
        Q("that it had opened an investigation into the award of the contract", "indirect",
          "The Anti-Corruption Commission", "Anti-Corruption Commission"),
        Q("attendance had dropped by almost half since the strike began", "indirect",
          "Christiana Kamara", "Christiana Kamara"),
        Q('"Some of the children walk for one hour. Others just stay at home,"', "direct", "she",
          "Christiana Kamara", speaker_at='home," she said'),
        Q("they could not afford okada fares for their children every day", "indirect",
          "Parents waiting at the depot", None),
    ], source="blind"),
    Case("blind85-nimba-by-election", """Nimba District #4 Votes Today As Mining Jobs Dominate By-Election

Sanniquellie, Nimba County – Voters in Nimba County Electoral District #4 go to the polls today to elect a new \
representative following the resignation of the district’s lawmaker, who was appointed to a cabinet post in January.

The National Elections Commission (NEC) said all 62 polling places in the district had received ballot papers and that \
results would be announced within 72 hours after polls close.

NEC’s Magistrate for Nimba, Cllr. Samuel Gbatu, said the commission had trained more than 400 polling staff for the \
exercise. “We are ready. Security has been deployed and our people know what to do,” Cllr. Gbatu told the Daily \
Observer on Monday.

The district includes Yekepa, the mining town that hosts ArcelorMittal Liberia’s iron ore operations, and the campaign \
has been dominated by complaints about jobs.

“Our people are sitting on top of iron ore but they cannot find work at the mine,” Unity Party candidate Peter Zuo \
told supporters at his final rally in Yekepa on Saturday. “When I go to the Capitol, the first thing I will do is \
fight for a local content law with teeth.”

Independent candidate Martha Kerkula accused the company of “forgetting the communities that gave it the land.” She \
said she would push for the county’s share of the social development fund to be spent directly in the affected towns.

In a statement, ArcelorMittal Liberia said it employs more than 3,000 Liberians, most of them from Nimba County. The \
company described itself as “politically neutral” and urged all parties to respect the outcome of the vote.

The Elections Coordinating Committee (ECC), which has deployed 45 observers, said that the campaign had been largely \
peaceful, although it recorded two violent incidents in Gbapa.

A police spokesman in Sanniquellie said that two supporters had been arrested after a fight at a rally on Thursday.

Residents in Yekepa said they wanted a representative who would address youth unemployment. “Anybody who wins must \
bring the jobs back,” said Emmanuel Gonkarn, a 27-year-old motorcycle rider.

The town, once nicknamed “Little America” for its company-built houses and golf course, has struggled since the mine \
shut during the civil war.""", [
        Q("all 62 polling places in the district had received ballot papers and that results would be announced "
          "within 72 hours after polls close", "indirect", "The National Elections Commission",
          "National Elections Commission"),
        Q("the commission had trained more than 400 polling staff for the exercise", "indirect",
          "Samuel Gbatu", "Samuel Gbatu"),
        Q("“We are ready. Security has been deployed and our people know what to do,”", "direct",
          "Gbatu", "Samuel Gbatu", speaker_at="Cllr. Gbatu told"),
        Q("“Our people are sitting on top of iron ore but they cannot find work at the mine,”", "direct",
          "Peter Zuo", "Peter Zuo"),
        Q("“When I go to the Capitol, the first thing I will do is fight for a local content law with teeth.”",
          "direct", "Peter Zuo", "Peter Zuo"),
        Q("“forgetting the communities that gave it the land.”", "partial", "Martha Kerkula", "Martha Kerkula"),
        Q("she would push for the county’s share of the social development fund to be spent directly in the affected "
          "towns", "indirect", "She", "Martha Kerkula", speaker_at="She said she"),
        Q("it employs more than 3,000 Liberians, most of them from Nimba County", "indirect",
          "ArcelorMittal Liberia", "ArcelorMittal Liberia", speaker_at="ArcelorMittal Liberia said"),
        Q("“politically neutral”", "partial", "The company", "ArcelorMittal Liberia"),
        Q("that the campaign had been largely peaceful, although it recorded two violent incidents in Gbapa",
          "indirect", "The Elections Coordinating Committee", "Elections Coordinating Committee"),
        Q("that two supporters had been arrested after a fight at a rally on Thursday", "indirect",
          "A police spokesman in Sanniquellie", None),
        Q("they wanted a representative who would address youth unemployment", "indirect",
          "Residents in Yekepa", None),
        Q("“Anybody who wins must bring the jobs back,”", "direct", "Emmanuel Gonkarn", "Emmanuel Gonkarn"),
    ], source="blind"),
    Case("blind85-erdenet-by-election", """Erdenet votes in by-election for vacant parliamentary seat

Voters in Orkhon aimag went to the polls on Sunday in a by-election for the seat in the State Great Khural left vacant \
after Member of Parliament G.Baasanjav was appointed ambassador to Japan.

According to the General Election Commission (GEC), turnout stood at 41.3 percent at 6 p.m., two hours before polling \
stations closed.

Head of the GEC’s Orkhon branch D.Sarantuya told reporters that counting machines had been tested at all 38 polling \
stations and that no irregularities had been reported by mid-afternoon.

Erdenet, home to one of Asia’s largest copper mines, has long been a stronghold of the Mongolian People’s Party (MPP), \
and the future of the state-owned Erdenet Mining Corporation dominated the campaign.

“Erdenet was built by mining, and its future depends on mining. I will fight to keep the profits of Erdenet Mining \
Corporation here in Orkhon,” MPP candidate B.Tsogtgerel said after casting his vote at School No. 5.

Democratic Party candidate O.Amarjargal said the ruling party had “treated Erdenet like a wallet” and said she would \
push for an independent audit of the company’s spending.

HUN Party candidate L.Enkh-Amgalan wrote on Facebook that his campaign had been outspent by the two larger parties, \
calling the race “a fight between money and ideas.”

Erdenet Mining Corporation said in a statement on Friday that employees would be given two hours off during their \
shifts to vote.

Political scientist Dr. Ch.Naranbaatar of the National University of Mongolia said low turnout was typical for \
by-elections, but that the result would be watched closely as a test for the government. “If the MPP loses Erdenet, it \
will be a very loud signal ahead of next year’s local elections,” he noted.

Miner Ts.Batbold, 44, said he would vote for whoever promised to fix the city’s heating system. “Every winter our \
apartments are cold. The politicians only come before elections,” he said.

Preliminary results are expected early on Monday, the GEC said.""", [
        Q("turnout stood at 41.3 percent at 6 p.m., two hours before polling stations closed", "indirect",
          "the General Election Commission", "General Election Commission"),
        Q("that counting machines had been tested at all 38 polling stations and that no irregularities had been "
          "reported by mid-afternoon", "indirect", "D.Sarantuya", "D.Sarantuya"),
        Q("“Erdenet was built by mining, and its future depends on mining. I will fight to keep the profits of "
          "Erdenet Mining Corporation here in Orkhon,”", "direct", "B.Tsogtgerel", "B.Tsogtgerel"),
        Q("“treated Erdenet like a wallet”", "partial", "O.Amarjargal", "O.Amarjargal"),
        Q("she would push for an independent audit of the company’s spending", "indirect",
          "O.Amarjargal", "O.Amarjargal"),
        Q("that his campaign had been outspent by the two larger parties", "indirect",
          "L.Enkh-Amgalan", "L.Enkh-Amgalan"),
        Q("“a fight between money and ideas.”", "partial", "L.Enkh-Amgalan", "L.Enkh-Amgalan"),
        Q("that employees would be given two hours off during their shifts to vote", "indirect",
          "Erdenet Mining Corporation", "Erdenet Mining Corporation",
          speaker_at="Erdenet Mining Corporation said"),
        Q("low turnout was typical for by-elections, but that the result would be watched closely as a test for the "
          "government", "indirect", "Ch.Naranbaatar", "Ch.Naranbaatar"),
        Q("“If the MPP loses Erdenet, it will be a very loud signal ahead of next year’s local elections,”",
          "direct", "he", "Ch.Naranbaatar", speaker_at="he noted"),
        Q("he would vote for whoever promised to fix the city’s heating system", "indirect",
          "Ts.Batbold", "Ts.Batbold"),
        Q("“Every winter our apartments are cold. The politicians only come before elections,”", "direct",
          "he", "Ts.Batbold", speaker_at="elections,” he said"),
        Q("Preliminary results are expected early on Monday", "indirect", "the GEC", "General Election Commission",
          speaker_at="the GEC said"),
    ], source="blind"),
    Case("blind85-san-rafael-wall", """Conservation group sues over border wall in San Rafael Valley

The Center for Biological Diversity sued the Department of Homeland Security in federal court in Tucson on Tuesday, \
arguing that a waiver used to fast-track new border wall construction in the San Rafael Valley is unconstitutional.

The Tucson-based group, joined by the Sky Island Alliance, says in its complaint that the waiver lets the government \
ignore more than two dozen environmental laws, including the Endangered Species Act and the National Environmental \
Policy Act.

"This is one of the last wild places on the border, and the wall will cut it in half," said Marisol Ybarra, a \
borderlands campaigner with the center.

"Jaguars, ocelots and black bears use this valley to move between Mexico and the United States," Ybarra said. "Once \
the wall goes up, that's over."

According to U.S. Customs and Border Protection, about 11 miles of 30-foot steel bollard wall are planned for the \
valley, which lies east of Nogales.

CBP said in an emailed statement that it does not comment on pending litigation. The agency has said previously that \
the barrier is needed to stop smugglers who use the valley's rugged terrain to avoid detection.

The valley, where the 1955 film "Oklahoma!" was shot, is home to some of the last intact grasslands in the state.

Rancher Dale Brophy, whose family has run cattle near Lochiel for four generations, said he supports the wall.

"We've had people cut our fences and leave gates open. I'm not going to apologize for wanting it built," Brophy said.

Ana Delgado, a law professor at the University of Arizona, said courts had so far sided with the government in \
challenges to border wall waivers. She called the group's constitutional argument "not frivolous," however, and said \
the case could eventually reach the U.S. Supreme Court.

Santa Cruz County Supervisor Teresa Olguin said the county had not been consulted about the route.

"We found out about it the same way everyone else did, from the Federal Register," she said.""", [
        Q("that a waiver used to fast-track new border wall construction in the San Rafael Valley is unconstitutional",
          "indirect", "The Center for Biological Diversity", "Center for Biological Diversity"),
        Q("that the waiver lets the government ignore more than two dozen environmental laws, including the Endangered "
          "Species Act and the National Environmental Policy Act", "indirect", "The Tucson-based group",
          "Center for Biological Diversity"),
        Q('"This is one of the last wild places on the border, and the wall will cut it in half,"', "direct",
          "Marisol Ybarra", "Marisol Ybarra"),
        Q('"Jaguars, ocelots and black bears use this valley to move between Mexico and the United States,"',
          "direct", "Ybarra", "Marisol Ybarra", speaker_at="Ybarra said"),
        Q('"Once the wall goes up, that\'s over."', "direct", "Ybarra", "Marisol Ybarra", speaker_at="Ybarra said"),
        Q("about 11 miles of 30-foot steel bollard wall are planned for the valley, which lies east of Nogales",
          "indirect", "U.S. Customs and Border Protection", "U.S. Customs and Border Protection"),
        Q("that it does not comment on pending litigation", "indirect", "CBP", "U.S. Customs and Border Protection"),
        Q("that the barrier is needed to stop smugglers who use the valley's rugged terrain to avoid detection",
          "indirect", "The agency", "U.S. Customs and Border Protection"),
        Q("he supports the wall", "indirect", "Dale Brophy", "Dale Brophy"),
        Q('"We\'ve had people cut our fences and leave gates open. I\'m not going to apologize for wanting it built,"',
          "direct", "Brophy", "Dale Brophy", speaker_at="Brophy said"),
        Q("courts had so far sided with the government in challenges to border wall waivers", "indirect",
          "Ana Delgado", "Ana Delgado"),
        Q('"not frivolous,"', "partial", "She", "Ana Delgado", speaker_at="She called"),
        Q("the case could eventually reach the U.S. Supreme Court", "indirect", "She", "Ana Delgado",
          speaker_at="She called"),
        Q("the county had not been consulted about the route", "indirect", "Teresa Olguin", "Teresa Olguin"),
        Q('"We found out about it the same way everyone else did, from the Federal Register,"', "direct",
          "she", "Teresa Olguin", speaker_at='Register," she said'),
    ], source="blind"),
    Case("blind85-zapata-wall-suit", """Zapata County rancher sues state over border wall built on her land

ZAPATA — A Zapata County rancher has sued the Texas Facilities Commission, claiming state contractors built a section \
of border wall on her property without permission and damaged a century-old irrigation canal.

Elena Ramírez Peña, 71, filed the lawsuit Monday in the 49th District Court. In the petition, Ramírez Peña says she \
signed a temporary access agreement allowing surveyors onto the ranch but never agreed to construction.

“They told me they were coming to measure. Two weeks later there were bulldozers,” Ramírez Peña said in an interview \
at the ranch, south of San Ygnacio. “My grandfather dug that canal by hand.”

Her attorney, Ricardo Garza of Laredo, said the state had “ignored the most basic property rights that Texans claim to \
hold sacred.”

Garza said the family is seeking damages and a court order requiring the state to remove the steel panels from the \
property.

The Texas Facilities Commission said in a written statement that it does not comment on pending litigation. The agency \
said all construction follows “signed landowner agreements.”

According to the Legislative Budget Board, the state has spent more than $1.5 billion on border wall construction \
since 2021.

Marcos Villarreal, a program director at the Rio Grande International Study Center, said wall segments in Zapata \
County had already cut off access to the river for wildlife and livestock.

“This lawsuit is about one family, but there are dozens of landowners along the river with the same story,” Villarreal \
said.

Zapata County Judge Raúl Benavides said the county had asked the state months ago for a map of planned wall segments \
and was “still waiting.”

Neighbor Hector Salinas, whose land borders the Ramírez ranch, said contractors had also left a gate open, letting \
cattle wander onto U.S. 83.

“Nobody asked us anything. They just showed up,” Salinas said.""", [
        Q("state contractors built a section of border wall on her property without permission and damaged a "
          "century-old irrigation canal", "indirect", "A Zapata County rancher", "Elena Ramírez Peña"),
        Q("she signed a temporary access agreement allowing surveyors onto the ranch but never agreed to "
          "construction", "indirect", "Ramírez Peña", "Elena Ramírez Peña", speaker_at="Ramírez Peña says"),
        Q("“They told me they were coming to measure. Two weeks later there were bulldozers,”", "direct",
          "Ramírez Peña", "Elena Ramírez Peña", speaker_at="Ramírez Peña said"),
        Q("“My grandfather dug that canal by hand.”", "direct", "Ramírez Peña", "Elena Ramírez Peña",
          speaker_at="Ramírez Peña said"),
        Q("“ignored the most basic property rights that Texans claim to hold sacred.”", "partial",
          "Ricardo Garza", "Ricardo Garza"),
        Q("the family is seeking damages and a court order requiring the state to remove the steel panels from the "
          "property", "indirect", "Garza", "Ricardo Garza", speaker_at="Garza said the family"),
        Q("that it does not comment on pending litigation", "indirect", "The Texas Facilities Commission",
          "Texas Facilities Commission"),
        Q("“signed landowner agreements.”", "partial", "The agency", "Texas Facilities Commission"),
        Q("the state has spent more than $1.5 billion on border wall construction since 2021", "indirect",
          "the Legislative Budget Board", "Legislative Budget Board"),
        Q("wall segments in Zapata County had already cut off access to the river for wildlife and livestock",
          "indirect", "Marcos Villarreal", "Marcos Villarreal"),
        Q("“This lawsuit is about one family, but there are dozens of landowners along the river with the same "
          "story,”", "direct", "Villarreal", "Marcos Villarreal", speaker_at="Villarreal said"),
        Q("the county had asked the state months ago for a map of planned wall segments", "indirect",
          "Raúl Benavides", "Raúl Benavides"),
        Q("“still waiting.”", "partial", "Raúl Benavides", "Raúl Benavides"),
        Q("contractors had also left a gate open, letting cattle wander onto U.S. 83", "indirect",
          "Hector Salinas", "Hector Salinas"),
        Q("“Nobody asked us anything. They just showed up,”", "direct", "Salinas", "Hector Salinas",
          speaker_at="Salinas said"),
    ], source="blind"),
    Case("blind85-prescott-bull-rider", """Bull rider flown to Phoenix after injury at Prescott Frontier Days

PRESCOTT — A 23-year-old bull rider from Chino Valley was flown to a Phoenix hospital Friday night after being stepped \
on by a bull during the second performance of Prescott Frontier Days, rodeo officials said.

Tanner Hollis was thrown about four seconds into his ride and landed under the bull, which stepped on his chest before \
bullfighters could draw it away.

Hollis was conscious and talking when he was loaded into the helicopter, according to Prescott Frontier Days general \
manager Jill Strand.

"Our sports medicine team was on him within seconds. That's exactly why they're there," Strand said.

The event, first held in 1888, is billed as the "World's Oldest Rodeo" and draws crowds of about 5,000 a night.

His mother, Carla Hollis, said Saturday morning that her son had suffered three broken ribs and a bruised lung and was \
expected to stay at Banner - University Medical Center Phoenix for several days.

"He's tough, and he's already asking when he can ride again," she said. "I told him, 'Not this week, son.'"

Dr. Mark Pennington, who leads the Justin Sportsmedicine Team crew at the rodeo, said bull riding accounts for roughly \
half of all serious injuries in professional rodeo.

"A protective vest can only do so much when 1,800 pounds lands on you," he said.

Luis Herrera of Prescott Valley, who was sitting near the chutes, said the arena went "dead silent" when Hollis didn't \
get up.

The Professional Rodeo Cowboys Association said in a statement that its "thoughts are with Tanner and his family."

Hollis told The Daily Courier last summer that he had ridden his first steer at age 7. "I've never wanted to do \
anything else," he said at the time.

Organizers said the rodeo would continue as scheduled through Sunday.""", [
        Q("A 23-year-old bull rider from Chino Valley was flown to a Phoenix hospital Friday night after being stepped "
          "on by a bull during the second performance of Prescott Frontier Days", "indirect", "rodeo officials", None),
        Q("Hollis was conscious and talking when he was loaded into the helicopter", "indirect",
          "Jill Strand", "Jill Strand"),
        Q('"Our sports medicine team was on him within seconds. That\'s exactly why they\'re there,"', "direct",
          "Strand", "Jill Strand", speaker_at="Strand said"),
        Q("that her son had suffered three broken ribs and a bruised lung and was expected to stay at Banner - "
          "University Medical Center Phoenix for several days", "indirect", "Carla Hollis", "Carla Hollis"),
        Q('"He\'s tough, and he\'s already asking when he can ride again,"', "direct", "she", "Carla Hollis",
          speaker_at='again," she said'),
        Q('"I told him, \'Not this week, son.\'"', "direct", "she", "Carla Hollis", speaker_at='again," she said'),
        Q("bull riding accounts for roughly half of all serious injuries in professional rodeo", "indirect",
          "Mark Pennington", "Mark Pennington"),
        Q('"A protective vest can only do so much when 1,800 pounds lands on you,"', "direct", "he",
          "Mark Pennington", speaker_at='you," he said'),
        Q('"dead silent"', "partial", "Luis Herrera", "Luis Herrera"),
        Q('"thoughts are with Tanner and his family."', "partial", "The Professional Rodeo Cowboys Association",
          "Professional Rodeo Cowboys Association"),
        Q("that he had ridden his first steer at age 7", "indirect", "Hollis", "Tanner Hollis",
          speaker_at="Hollis told"),
        Q('"I\'ve never wanted to do anything else,"', "direct", "he", "Tanner Hollis",
          speaker_at="he said at the time"),
        Q("the rodeo would continue as scheduled through Sunday", "indirect", "Organizers", None),
    ], source="blind"),
    Case("blind85-san-angelo-bullfighter", """Bullfighter hurt saving rider at San Angelo rodeo

SAN ANGELO — A veteran rodeo bullfighter was hospitalized Saturday after being hooked by a bull while pulling a fallen \
rider to safety, according to the San Angelo Stock Show & Rodeo Association.

Cody Whitfield, 34, of Mertzon was taken by ambulance to Shannon Medical Center with a deep puncture wound to his \
thigh, association spokeswoman Kaylee Moss said.

Moss said late Saturday that Whitfield was in stable condition after undergoing surgery.

The rider, 19-year-old Brayden Cates of Ozona, walked away with a sprained wrist.

“Cody took that hit for me. I wouldn’t be standing here if he hadn’t jumped in,” Cates told the Standard-Times on \
Sunday.

Fellow bullfighter Ruben Ochoa said Whitfield “did exactly what he’s trained to do.”

“That’s the job. You put yourself between the bull and the cowboy, every single time,” Ochoa said, “and most nights \
you get away with it.”

His wife, Amber Whitfield, posted on Facebook that he was “sore, grumpy and already bossing the nurses around.”

Dr. Alan Reyes, an orthopedic surgeon who volunteers with the rodeo’s medical team, said bullfighters are injured far \
more often than most fans realize.

“People see the face paint and think it’s comedy. It’s the most dangerous job in the arena,” Reyes said.

Local TV station KLST reported that the crowd of about 5,000 stood and applauded as Whitfield was helped from the \
arena. Fans in the “Cowboy Corner” seating section later held up a handmade banner with his name on it.

The association said Whitfield would miss the remaining performances and that a replacement bullfighter had been \
brought in from Abilene.""", [
        Q("A veteran rodeo bullfighter was hospitalized Saturday after being hooked by a bull while pulling a fallen "
          "rider to safety", "indirect", "the San Angelo Stock Show & Rodeo Association",
          "San Angelo Stock Show & Rodeo Association"),
        Q("Cody Whitfield, 34, of Mertzon was taken by ambulance to Shannon Medical Center with a deep puncture wound "
          "to his thigh", "indirect", "Kaylee Moss", "Kaylee Moss"),
        Q("that Whitfield was in stable condition after undergoing surgery", "indirect", "Moss", "Kaylee Moss",
          speaker_at="Moss said late"),
        Q("“Cody took that hit for me. I wouldn’t be standing here if he hadn’t jumped in,”", "direct",
          "Cates", "Brayden Cates", speaker_at="Cates told"),
        Q("“did exactly what he’s trained to do.”", "partial", "Ruben Ochoa", "Ruben Ochoa"),
        Q("“That’s the job. You put yourself between the bull and the cowboy, every single time,”", "direct",
          "Ochoa", "Ruben Ochoa", speaker_at="Ochoa said,"),
        Q("“and most nights you get away with it.”", "direct", "Ochoa", "Ruben Ochoa", speaker_at="Ochoa said,"),
        Q("“sore, grumpy and already bossing the nurses around.”", "partial", "Amber Whitfield", "Amber Whitfield"),
        Q("bullfighters are injured far more often than most fans realize", "indirect", "Alan Reyes", "Alan Reyes"),
        Q("“People see the face paint and think it’s comedy. It’s the most dangerous job in the arena,”", "direct",
          "Reyes", "Alan Reyes", speaker_at="Reyes said"),
        Q("that the crowd of about 5,000 stood and applauded as Whitfield was helped from the arena", "indirect",
          "KLST", "KLST"),
        Q("Whitfield would miss the remaining performances and that a replacement bullfighter had been brought in "
          "from Abilene", "indirect", "The association", "San Angelo Stock Show & Rodeo Association"),
    ], source="blind"),
]
