"""Blind gold set 93: short news articles from many outlets, written once.

Sixteen short articles in the house styles of Kazakh and Uzbek English-language outlets, Tongan and
Samoan papers, Montreal English-language dailies and Mauritian and Seychellois English-language press.
They were written without looking at the pretagger or at the other gold sets, and every quote was
annotated by hand, so the figures on them say how the quote finder and speaker attributor carry over
to news they have never seen. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind93-astana-grain", """Grain exporters warn of wagon shortage as harvest piles up at northern stations

ASTANA – Kazakh grain exporters are struggling to move this year’s large harvest to foreign markets, as a shortage of \
hopper wagons and congestion at the Dostyk and Altynkol border crossings leave millions of tonnes waiting at elevators \
in the north of the country.

According to the Grain Union of Kazakhstan, about 2.3 million tonnes of wheat were sitting at stations in the \
Kostanai, Akmola and North Kazakhstan regions at the end of October.

“We have the grain, we have the buyers, but we do not have the wagons,” Dmitry Sorokin, the union’s spokesperson, told \
The Astana Times. “Every week of delay costs farmers money.”

Sorokin said that some exporters had been waiting more than 40 days for rolling stock and that storage fees were \
eating into already thin margins.

The national railway company Kazakhstan Temir Zholy (KTZ) said in a statement that it had added 1,500 grain wagons to \
its fleet this year and was running extra trains on the Astana–Dostyk route.

The company said the delays were caused by slow unloading on the Chinese side of the border. Wagons there were \
“standing idle for days,” a KTZ spokesperson added.

State broadcaster Khabar 24 reported on Monday that queues of trucks carrying grain had also formed at the Khorgos \
crossing.

Minister of Agriculture Nurlan Zhakupov told a government meeting on Nov. 5 that the situation was under control. “All \
the grain will be shipped. The question is how fast,” he said.

Zhakupov added that the ministry was in talks with Uzbekistan and Afghanistan to open additional routes to the south.

Farmers are less patient. Serik Abenov, who grows wheat on 4,000 hectares near Kostanai, said he had not yet been paid \
for a shipment sold in September.

“The railway says one thing, the ministry says another, and the farmer pays for it,” Abenov said.

Analysts at the Eurasian Development Bank said in a recent review that Kazakhstan’s transport network had not kept \
pace with the growth in grain output, calling the bottleneck a “structural problem” rather than a seasonal one.

The Prime Minister’s office has instructed KTZ to prepare an action plan by the end of the month, according to the \
government’s press service. The plan, informally dubbed “Green Corridor,” is expected to give grain trains priority \
over other freight until March.""", [
        Q("about 2.3 million tonnes of wheat were sitting at stations in the Kostanai, Akmola and North Kazakhstan "
          "regions at the end of October", "indirect", "the Grain Union of Kazakhstan", "Grain Union of Kazakhstan"),
        Q("“We have the grain, we have the buyers, but we do not have the wagons,”", "direct", "Dmitry Sorokin",
          "Dmitry Sorokin"),
        Q("“Every week of delay costs farmers money.”", "direct", "Dmitry Sorokin", "Dmitry Sorokin"),
        Q("that some exporters had been waiting more than 40 days for rolling stock and that storage fees were eating "
          "into already thin margins", "indirect", "Sorokin", "Dmitry Sorokin", speaker_at="Sorokin said"),
        Q("that it had added 1,500 grain wagons to its fleet this year and was running extra trains on the "
          "Astana–Dostyk route", "indirect", "Kazakhstan Temir Zholy", "Kazakhstan Temir Zholy"),
        Q("the delays were caused by slow unloading on the Chinese side of the border", "indirect", "The company",
          "Kazakhstan Temir Zholy"),
        Q("“standing idle for days,”", "partial", "a KTZ spokesperson", None),
        Q("that queues of trucks carrying grain had also formed at the Khorgos crossing", "indirect", "Khabar 24",
          "Khabar 24"),
        Q("that the situation was under control", "indirect", "Nurlan Zhakupov", "Nurlan Zhakupov"),
        Q("“All the grain will be shipped. The question is how fast,”", "direct", "he", "Nurlan Zhakupov",
          speaker_at="fast,” he said"),
        Q("that the ministry was in talks with Uzbekistan and Afghanistan to open additional routes to the south",
          "indirect", "Zhakupov", "Nurlan Zhakupov", speaker_at="Zhakupov added"),
        Q("he had not yet been paid for a shipment sold in September", "indirect", "Serik Abenov", "Serik Abenov"),
        Q("“The railway says one thing, the ministry says another, and the farmer pays for it,”", "direct", "Abenov",
          "Serik Abenov", speaker_at="Abenov said"),
        Q("that Kazakhstan’s transport network had not kept pace with the growth in grain output", "indirect",
          "Analysts at the Eurasian Development Bank", None),
        Q("“structural problem”", "partial", "Analysts at the Eurasian Development Bank", None),
        Q("The Prime Minister’s office has instructed KTZ to prepare an action plan by the end of the month",
          "indirect", "the government’s press service", None),
    ], source="blind"),
    Case("blind93-uzdaily-grain", """Flour mills in Uzbekistan cut output as grain wagons stuck at Kazakh border

Tashkent, Uzbekistan (UzDaily.com) -- Flour mills in several regions of Uzbekistan have cut production because of \
delays in grain deliveries from Kazakhstan, the Association of Grain Processors of Uzbekistan said on Tuesday.

According to the association, more than 3,200 wagons carrying wheat were waiting on the Kazakh side of the \
Saryagash-Keles border crossing as of 12 November.

"Some mills in Samarkand and Kashkadarya have enough grain for only ten days," the association's chairman, Bakhodir \
Ergashev, said at a briefing in Tashkent. "If the situation does not improve, prices for flour will rise."

Ergashev said that mills had already paid for the grain and were now covering storage and demurrage costs.

Uzbekistan Railways said it was working with its Kazakh counterparts to speed up the handover of trains at the border. \
A spokesman for the company, Jasur Mirzaev, told UzDaily that the number of trains accepted per day had been increased \
from eight to eleven.

"We are doing everything possible on our side," Mirzaev said. "But the capacity of the crossing is limited, and grain \
is not the only cargo."

The Ministry of Economy and Finance said it was monitoring flour prices in markets across the country and that there \
was "no reason for panic".

At the Chorsu bazaar in Tashkent, traders said the price of a 50-kilogram sack of first-grade flour had risen by about \
15,000 soums over the past two weeks.

"Last month I paid 310,000, today it is 325,000," said Dilnoza Rakhimova, a baker from the Yunusabad district. \
"Customers do not want to pay more for bread."

The problem is not new. Economist Otabek Bakirov noted that Uzbekistan imports around 3 million tonnes of wheat a \
year, almost all of it by rail through Kazakhstan.

"One crossing point is a single point of failure," Bakirov said, adding that Uzbekistan should invest in grain \
terminals near the border to store reserves.

The two countries agreed in 2023 to build the "Central Asia" international industrial cooperation centre on the \
border, which is expected to include a rail logistics hub.""", [
        Q("Flour mills in several regions of Uzbekistan have cut production because of delays in grain deliveries "
          "from Kazakhstan", "indirect", "the Association of Grain Processors of Uzbekistan",
          "Association of Grain Processors of Uzbekistan"),
        Q("more than 3,200 wagons carrying wheat were waiting on the Kazakh side of the Saryagash-Keles border "
          "crossing as of 12 November", "indirect", "the association", "Association of Grain Processors of Uzbekistan",
          speaker_at="According to the association"),
        Q('"Some mills in Samarkand and Kashkadarya have enough grain for only ten days,"', "direct",
          "Bakhodir Ergashev", "Bakhodir Ergashev"),
        Q('"If the situation does not improve, prices for flour will rise."', "direct", "Bakhodir Ergashev",
          "Bakhodir Ergashev"),
        Q("that mills had already paid for the grain and were now covering storage and demurrage costs", "indirect",
          "Ergashev", "Bakhodir Ergashev", speaker_at="Ergashev said"),
        Q("it was working with its Kazakh counterparts to speed up the handover of trains at the border", "indirect",
          "Uzbekistan Railways", "Uzbekistan Railways"),
        Q("that the number of trains accepted per day had been increased from eight to eleven", "indirect",
          "Jasur Mirzaev", "Jasur Mirzaev"),
        Q('"We are doing everything possible on our side,"', "direct", "Mirzaev", "Jasur Mirzaev",
          speaker_at="Mirzaev said"),
        Q('"But the capacity of the crossing is limited, and grain is not the only cargo."', "direct", "Mirzaev",
          "Jasur Mirzaev", speaker_at="Mirzaev said"),
        Q("it was monitoring flour prices in markets across the country", "indirect",
          "The Ministry of Economy and Finance", "Ministry of Economy and Finance"),
        Q('"no reason for panic"', "partial", "The Ministry of Economy and Finance", "Ministry of Economy and Finance"),
        Q("the price of a 50-kilogram sack of first-grade flour had risen by about 15,000 soums over the past two "
          "weeks", "indirect", "traders", None),
        Q('"Last month I paid 310,000, today it is 325,000,"', "direct", "Dilnoza Rakhimova", "Dilnoza Rakhimova"),
        Q('"Customers do not want to pay more for bread."', "direct", "Dilnoza Rakhimova", "Dilnoza Rakhimova"),
        Q("that Uzbekistan imports around 3 million tonnes of wheat a year, almost all of it by rail through "
          "Kazakhstan", "indirect", "Otabek Bakirov", "Otabek Bakirov"),
        Q('"One crossing point is a single point of failure,"', "direct", "Bakirov", "Otabek Bakirov",
          speaker_at="Bakirov said"),
        Q("that Uzbekistan should invest in grain terminals near the border to store reserves", "indirect", "Bakirov",
          "Otabek Bakirov", speaker_at="Bakirov said"),
    ], source="blind"),
    Case("blind93-nation-cyclone-fishing", """Fishing ban as cyclone nears southern islands

Artisanal and semi-industrial fishermen have been ordered to stay in port until further notice as Tropical Cyclone \
Ewana moves towards the southern outer islands, the Seychelles Fishing Authority (SFA) announced yesterday.

In a communiqué, the SFA said all fishing activities outside the inner islands were suspended with immediate effect \
and that vessels already at sea should return to the nearest safe harbour.

The Seychelles Meteorological Authority (SMA) said the system was located about 350 kilometres south-west of Farquhar \
at 10am yesterday and was expected to strengthen over the next 48 hours.

"We are not taking any chances. The sea conditions around Farquhar and Providence will be very dangerous," the SMA's \
principal forecaster, Mr Jacques Labrosse, told Nation.

Mr Labrosse said winds of up to 120 kilometres per hour and waves of six metres were possible near the southern \
islands. He added that the inner islands were not under direct threat but would see strong winds and heavy rain on \
Friday.

The chief executive of the SFA, Mr Nicholas Payet, said the ban was necessary to protect lives.

"I know that this is a difficult time for fishermen, especially before the end of the year," Mr Payet said. "But no \
catch is worth a life."

The Fishermen and Boat Owners Association (FBOA) said the government should compensate its members for the days lost \
at sea.

"Most of our members live from day to day. If they cannot go out for two weeks, how will they pay their loans?" asked \
the association's chairman, Mr Terrence Lesperance.

Mr Lesperance said that some boat owners had already lost income during the south-east monsoon and were "struggling to \
keep their crews".

The Minister for Fisheries, Rose-Marie Hoareau, said the government would look at the request but that safety remained \
the priority.

At the Bel Ombre fishing port, some fishermen were busy securing their boats yesterday afternoon. "We respect the \
decision, we have seen what the sea can do," one of them said.

The SFA said the ban would be reviewed daily, and fishermen are advised to follow updates on SBC radio and on the \
authority's Facebook page.""", [
        Q("Artisanal and semi-industrial fishermen have been ordered to stay in port until further notice as Tropical "
          "Cyclone Ewana moves towards the southern outer islands", "indirect", "the Seychelles Fishing Authority",
          "Seychelles Fishing Authority"),
        Q("all fishing activities outside the inner islands were suspended with immediate effect and that vessels "
          "already at sea should return to the nearest safe harbour", "indirect", "the SFA",
          "Seychelles Fishing Authority", speaker_at="the SFA said all"),
        Q("the system was located about 350 kilometres south-west of Farquhar at 10am yesterday and was expected to "
          "strengthen over the next 48 hours", "indirect", "The Seychelles Meteorological Authority",
          "Seychelles Meteorological Authority"),
        Q('"We are not taking any chances. The sea conditions around Farquhar and Providence will be very dangerous,"',
          "direct", "Jacques Labrosse", "Jacques Labrosse"),
        Q("winds of up to 120 kilometres per hour and waves of six metres were possible near the southern islands",
          "indirect", "Labrosse", "Jacques Labrosse", speaker_at="Labrosse said"),
        Q("that the inner islands were not under direct threat but would see strong winds and heavy rain on Friday",
          "indirect", "He", "Jacques Labrosse", speaker_at="He added"),
        Q("the ban was necessary to protect lives", "indirect", "Nicholas Payet", "Nicholas Payet"),
        Q('"I know that this is a difficult time for fishermen, especially before the end of the year,"', "direct",
          "Payet", "Nicholas Payet", speaker_at="Payet said"),
        Q('"But no catch is worth a life."', "direct", "Payet", "Nicholas Payet", speaker_at="Payet said"),
        Q("the government should compensate its members for the days lost at sea", "indirect",
          "The Fishermen and Boat Owners Association", "Fishermen and Boat Owners Association"),
        Q('"Most of our members live from day to day. If they cannot go out for two weeks, how will they pay their '
          'loans?"', "direct", "Terrence Lesperance", "Terrence Lesperance"),
        Q("that some boat owners had already lost income during the south-east monsoon", "indirect", "Lesperance",
          "Terrence Lesperance", speaker_at="Lesperance said"),
        Q('"struggling to keep their crews"', "partial", "Lesperance", "Terrence Lesperance",
          speaker_at="Lesperance said"),
        Q("the government would look at the request but that safety remained the priority", "indirect",
          "Rose-Marie Hoareau", "Rose-Marie Hoareau"),
        Q('"We respect the decision, we have seen what the sea can do,"', "direct", "one of them", None),
        Q("the ban would be reviewed daily", "indirect", "The SFA", "Seychelles Fishing Authority",
          speaker_at="The SFA said the ban"),
    ], source="blind"),
    Case("blind93-matangi-cyclone-fishing", """Fishing ban for Ha'apai and Vava'u as TC Mal nears

Nuku'alofa, Tonga.

The Ministry of Fisheries has banned all fishing boats from leaving port in Ha'apai and Vava'u until Tropical Cyclone \
Mal has passed, after the cyclone was upgraded to Category 2 on Tuesday night.

The ban also covers small outboard boats and canoes used for reef fishing, the ministry's CEO Dr Viliami Taumoepeau \
said this morning.

"We have seen fishermen go out even when warnings are in place, because they need to feed their families," Dr \
Taumoepeau said. "This time we are asking them, please, stay on land."

He said fisheries officers and police would patrol the main wharves in Pangai and Neiafu to make sure the ban was \
respected.

The Tonga Meteorological Services said at 6am that TC Mal was located about 260 km north-west of Vava'u and moving \
south-east at 15 km/h.

Its duty forecaster, Mele Kupu, said the cyclone was expected to pass close to Vava'u on Wednesday night. She warned \
of "damaging gale force winds" and heavy seas in the northern islands.

The National Emergency Management Office (NEMO) has activated its emergency operations centre in Nuku'alofa.

In Neiafu, fisherman Tevita Lolo, 54, said the ban had come at a bad time because the price of fish at the market was \
high before Christmas.

"I lost three nets in the last cyclone. I will not risk my boat again," he told Matangi Tonga by phone. "But the \
government should help us while we wait."

Lolo said that about 40 boats were tied up at the Neiafu wharf on Tuesday afternoon.

A fisheries officer in Pangai, who did not want to be named, said most people had listened to the warnings on the \
radio, though "one or two" boats were still out on Monday.

The Minister for Fisheries, Hon. Losaline Ma'asi, told Parliament last week that the ministry was preparing a relief \
package for fishermen affected by bad weather, but no details have been released.

Tonga Broadcasting Commission reported that ferry services between Tongatapu and Ha'apai had also been suspended.

The ban will be reviewed on Thursday, according to the ministry.""", [
        Q("The ban also covers small outboard boats and canoes used for reef fishing", "indirect", "Viliami Taumoepeau",
          "Viliami Taumoepeau"),
        Q('"We have seen fishermen go out even when warnings are in place, because they need to feed their families,"',
          "direct", "Taumoepeau", "Viliami Taumoepeau", speaker_at="Dr Taumoepeau said"),
        Q('"This time we are asking them, please, stay on land."', "direct", "Taumoepeau", "Viliami Taumoepeau",
          speaker_at="Dr Taumoepeau said"),
        Q("fisheries officers and police would patrol the main wharves in Pangai and Neiafu to make sure the ban was "
          "respected", "indirect", "He", "Viliami Taumoepeau", speaker_at="He said fisheries"),
        Q("that TC Mal was located about 260 km north-west of Vava'u and moving south-east at 15 km/h", "indirect",
          "The Tonga Meteorological Services", "Tonga Meteorological Services"),
        Q("the cyclone was expected to pass close to Vava'u on Wednesday night", "indirect", "Mele Kupu", "Mele Kupu"),
        Q('"damaging gale force winds"', "partial", "She", "Mele Kupu", speaker_at="She warned"),
        Q("the ban had come at a bad time because the price of fish at the market was high before Christmas",
          "indirect", "Tevita Lolo", "Tevita Lolo"),
        Q('"I lost three nets in the last cyclone. I will not risk my boat again,"', "direct", "he", "Tevita Lolo",
          speaker_at="he told Matangi"),
        Q('"But the government should help us while we wait."', "direct", "he", "Tevita Lolo",
          speaker_at="he told Matangi"),
        Q("that about 40 boats were tied up at the Neiafu wharf on Tuesday afternoon", "indirect", "Lolo",
          "Tevita Lolo", speaker_at="Lolo said"),
        Q("most people had listened to the warnings on the radio", "indirect", "A fisheries officer in Pangai", None),
        Q('"one or two"', "partial", "A fisheries officer in Pangai", None),
        Q("that the ministry was preparing a relief package for fishermen affected by bad weather", "indirect",
          "Losaline Ma'asi", "Losaline Ma'asi"),
        Q("that ferry services between Tongatapu and Ha'apai had also been suspended", "indirect",
          "Tonga Broadcasting Commission", "Tonga Broadcasting Commission"),
        Q("The ban will be reviewed on Thursday", "indirect", "the ministry", "Ministry of Fisheries",
          speaker_at="according to the ministry"),
    ], source="blind"),
    Case("blind93-gazette-language-protest", """Thousands march downtown against tighter French-language rules

Several thousand people marched through downtown Montreal on Sunday to protest against the Quebec government’s latest \
amendments to the Charter of the French Language, which would further restrict access to English-language services and \
cap enrolment at English CEGEPs.

The bill, known as Bill 48, is the centrepiece of the government’s action plan, titled “Le français, notre langue \
commune,” unveiled last spring.

The march started at Dorchester Square and ended in front of the Quebec government’s offices on McGill College Ave. \
Police did not give a crowd estimate, but organizers said more than 8,000 people took part.

“We are not against French. Most of us speak French every day,” said Marlene Goldberg, president of the Quebec \
Community Rights Coalition, which organized the march. “What we are against is being treated like foreigners in the \
province where we were born.”

Goldberg said the coalition would challenge parts of the law in court if it was adopted without changes.

Among the marchers was Daniel O’Reilly, a retired teacher from Pointe-Claire. He said he had come downtown with his \
two grandchildren.

“My grandfather came here from Ireland. My family has been in this city for over a hundred years,” O’Reilly said. “I \
want my grandkids to feel they belong here, too.”

French Language Minister Sylvain Gagnon defended the bill in a statement Sunday evening, saying it was needed to “stop \
the decline of French” in Montreal.

“Quebec is the only French-speaking state in North America. We have a responsibility to protect our language, and we \
will not apologize for it,” Gagnon wrote.

He added that access to health care in English would remain guaranteed for those entitled to it, and that the bill \
respected the “historic rights” of English-speaking Quebecers.

Liberal MNA Sarah Kaplan, her party’s critic for relations with the anglophone community, joined the march and called \
the bill “divisive and unnecessary.”

“This government is picking a fight that nobody asked for,” Kaplan told the crowd. “The French language is not \
threatened by a grandmother in Côte-St-Luc who wants to speak to her doctor in English.

“If the government wants to protect French, it should fund French classes, not punish people.”

A counter-protest of about 50 people gathered on Sherbrooke St., and police said the event ended peacefully with no \
arrests.

Public hearings on the bill are scheduled to begin at the National Assembly on Oct. 14.""", [
        Q("more than 8,000 people took part", "indirect", "organizers", None),
        Q("“We are not against French. Most of us speak French every day,”", "direct", "Marlene Goldberg",
          "Marlene Goldberg"),
        Q("“What we are against is being treated like foreigners in the province where we were born.”", "direct",
          "Marlene Goldberg", "Marlene Goldberg"),
        Q("the coalition would challenge parts of the law in court if it was adopted without changes", "indirect",
          "Goldberg", "Marlene Goldberg", speaker_at="Goldberg said"),
        Q("he had come downtown with his two grandchildren", "indirect", "He", "Daniel O’Reilly",
          speaker_at="He said he had"),
        Q("“My grandfather came here from Ireland. My family has been in this city for over a hundred years,”",
          "direct", "O’Reilly", "Daniel O’Reilly", speaker_at="O’Reilly said"),
        Q("“I want my grandkids to feel they belong here, too.”", "direct", "O’Reilly", "Daniel O’Reilly",
          speaker_at="O’Reilly said"),
        Q("“stop the decline of French”", "partial", "Sylvain Gagnon", "Sylvain Gagnon"),
        Q("“Quebec is the only French-speaking state in North America. We have a responsibility to protect our "
          "language, and we will not apologize for it,”", "direct", "Gagnon", "Sylvain Gagnon",
          speaker_at="Gagnon wrote"),
        Q("that access to health care in English would remain guaranteed for those entitled to it", "indirect", "He",
          "Sylvain Gagnon", speaker_at="He added"),
        Q("“historic rights”", "partial", "He", "Sylvain Gagnon", speaker_at="He added"),
        Q("“divisive and unnecessary.”", "partial", "Sarah Kaplan", "Sarah Kaplan"),
        Q("“This government is picking a fight that nobody asked for,”", "direct", "Kaplan", "Sarah Kaplan",
          speaker_at="Kaplan told"),
        Q("“The French language is not threatened by a grandmother in Côte-St-Luc who wants to speak to her doctor in "
          "English.", "direct", "Kaplan", "Sarah Kaplan", speaker_at="Kaplan told"),
        Q("“If the government wants to protect French, it should fund French classes, not punish people.”", "direct",
          "Kaplan", "Sarah Kaplan", speaker_at="Kaplan told"),
        Q("the event ended peacefully with no arrests", "indirect", "police", None, speaker_at="police said"),
    ], source="blind"),
    Case("blind93-almaty-language-rally", """Activists rally in Almaty for tougher language law

ALMATY – Around 300 people gathered in a park near the Sairan reservoir, one of the city’s designated rally sites, on \
Saturday to demand amendments to the Law on Languages that would make Kazakh the only language of communication in \
state bodies.

The rally was organised by the civic movement Ult Tili (“Native Tongue”), which was registered last year.

Organisers said they had collected more than 25,000 signatures for a petition to parliament and planned to submit it \
next week.

“Thirty years after independence, a citizen still cannot be sure that an official will answer him in Kazakh,” the \
movement’s leader, Zhanbolat Mukhametkali, told the crowd. “This is not normal for a sovereign state.”

Mukhametkali said the movement was not against the Russian language, but that officials should be required to pass a \
Kazakh proficiency test.

Saule Tokhtarova, a school teacher from Turksib district, said many parents had asked her why their children should \
learn Kazakh if offices worked in Russian.

“Children see everything. If the language is not needed in real life, they lose interest,” she said.

The Ministry of Culture and Information said in response to a request from our correspondent that a working group was \
drafting changes to the language law and that they would be published for public discussion “in the near future.”

The ministry added that the share of official documents prepared in Kazakh had reached 89 percent last year.

Not everyone supports a stricter approach. Political scientist Dosym Kassenov said the government was unlikely to back \
a ban on Russian in state bodies because of the large Russian-speaking population in the north and in the cities.

“The authorities prefer a slow, soft policy. They do not want a conflict on this issue, especially now,” Kassenov told \
our correspondent.

Senate deputy Murat Bakhtiyarov, who attended the rally as an observer, told reporters that parliament would \
“seriously consider” the petition. He would not say whether he personally supported it.

Officials have repeatedly said that the role of Kazakh will grow “naturally” and that there should be no pressure on \
Russian speakers.

According to the Almaty city akimat, the rally ended at 1pm without incident.""", [
        Q("they had collected more than 25,000 signatures for a petition to parliament and planned to submit it next "
          "week", "indirect", "Organisers", None),
        Q("“Thirty years after independence, a citizen still cannot be sure that an official will answer him in "
          "Kazakh,”", "direct", "Zhanbolat Mukhametkali", "Zhanbolat Mukhametkali"),
        Q("“This is not normal for a sovereign state.”", "direct", "Zhanbolat Mukhametkali", "Zhanbolat Mukhametkali"),
        Q("the movement was not against the Russian language, but that officials should be required to pass a Kazakh "
          "proficiency test", "indirect", "Mukhametkali", "Zhanbolat Mukhametkali", speaker_at="Mukhametkali said"),
        Q("many parents had asked her why their children should learn Kazakh if offices worked in Russian", "indirect",
          "Saule Tokhtarova", "Saule Tokhtarova"),
        Q("“Children see everything. If the language is not needed in real life, they lose interest,”", "direct", "she",
          "Saule Tokhtarova", speaker_at="she said"),
        Q("that a working group was drafting changes to the language law and that they would be published for public "
          "discussion", "indirect", "The Ministry of Culture and Information", "Ministry of Culture and Information"),
        Q("“in the near future.”", "partial", "The Ministry of Culture and Information",
          "Ministry of Culture and Information"),
        Q("that the share of official documents prepared in Kazakh had reached 89 percent last year", "indirect",
          "The ministry", "Ministry of Culture and Information", speaker_at="The ministry added"),
        Q("the government was unlikely to back a ban on Russian in state bodies because of the large Russian-speaking "
          "population in the north and in the cities", "indirect", "Dosym Kassenov", "Dosym Kassenov"),
        Q("“The authorities prefer a slow, soft policy. They do not want a conflict on this issue, especially now,”",
          "direct", "Kassenov", "Dosym Kassenov", speaker_at="Kassenov told"),
        Q("“seriously consider”", "partial", "Murat Bakhtiyarov", "Murat Bakhtiyarov"),
        Q("“naturally”", "partial", "Officials", None),
        Q("that there should be no pressure on Russian speakers", "indirect", "Officials", None),
        Q("the rally ended at 1pm without incident", "indirect", "the Almaty city akimat", "Almaty city akimat"),
    ], source="blind"),
    Case("blind93-gazetauz-cotton-probe", """Labour inspectors probe reports of forced cotton picking in Khorezm

The State Labour Inspectorate has opened an investigation into reports that public sector employees in Khorezm region \
were sent to pick cotton, the Ministry of Employment and Poverty Reduction said on 3 October.

According to the ministry, inspectors have been sent to Khiva, Urgench and Gurlen districts after videos circulated on \
social media showing what appeared to be nurses and teachers working in cotton fields during working hours.

"Any form of forced labour is prohibited by law. If the facts are confirmed, the officials responsible will be held \
accountable," deputy minister Akmal Yusupov said at a press conference.

Yusupov said that 14 complaints had been received via the ministry's hotline since the harvest began in mid-September, \
and that two district khokims had already been warned.

One of the videos was filmed in Gurlen district. A woman in it, who introduces herself as a kindergarten teacher, says \
staff had been told to collect "at least 30 kilograms a day".

Gazeta.uz spoke with a teacher from Urgench who asked not to be named. "Nobody forces us directly. They say it is \
voluntary, but if you do not go, you will have problems at work," she said.

The Khorezm Regional Khokimiyat denied the allegations. In a statement on its Telegram channel, it said that no \
pressure had been put on anyone and that the people in the videos were "volunteers" who had gone to the fields on \
their day off.

Uzbekistan's cotton harvest was monitored by the International Labour Organization (ILO) for more than a decade. In \
its 2021 report, the ILO said that systemic forced labour had been eliminated from the cotton harvest.

Dilorom Saidova, a researcher at the Berlin-based Uzbek Forum for Human Rights, said isolated cases of coercion were \
still reported every year, mostly at the local level.

"The system has changed, but the habits of some khokims have not," Saidova said. She added that the organisation would \
publish its own monitoring report in December.

Since 2020 the harvest has been carried out mostly by private cotton-textile clusters, which hire pickers directly. \
The textile industry association Uztextileprom said the clusters were paying pickers 1,500 soums per kilogram this \
year, up from 1,200 in 2023.

"We do not need teachers in the fields. We need professional pickers and machines," Uztextileprom's deputy chairman \
Farrukh Sodiqov told Gazeta.uz.

The ministry said the results of the inspection would be made public.""", [
        Q("The State Labour Inspectorate has opened an investigation into reports that public sector employees in "
          "Khorezm region were sent to pick cotton", "indirect", "the Ministry of Employment and Poverty Reduction",
          "Ministry of Employment and Poverty Reduction"),
        Q("inspectors have been sent to Khiva, Urgench and Gurlen districts after videos circulated on social media "
          "showing what appeared to be nurses and teachers working in cotton fields during working hours", "indirect",
          "the ministry", "Ministry of Employment and Poverty Reduction", speaker_at="According to the ministry"),
        Q('"Any form of forced labour is prohibited by law. If the facts are confirmed, the officials responsible '
          'will be held accountable,"', "direct", "Akmal Yusupov", "Akmal Yusupov"),
        Q("that 14 complaints had been received via the ministry's hotline since the harvest began in mid-September, "
          "and that two district khokims had already been warned", "indirect", "Yusupov", "Akmal Yusupov",
          speaker_at="Yusupov said that"),
        Q('"at least 30 kilograms a day"', "partial", "A woman in it", None),
        Q('"Nobody forces us directly. They say it is voluntary, but if you do not go, you will have problems at '
          'work,"', "direct", "she", None, speaker_at="she said"),
        Q("that no pressure had been put on anyone", "indirect", "it", "Khorezm Regional Khokimiyat",
          speaker_at="channel, it said"),
        Q('"volunteers"', "partial", "it", "Khorezm Regional Khokimiyat", speaker_at="channel, it said"),
        Q("that systemic forced labour had been eliminated from the cotton harvest", "indirect", "the ILO",
          "International Labour Organization", speaker_at="the ILO said"),
        Q("isolated cases of coercion were still reported every year, mostly at the local level", "indirect",
          "Dilorom Saidova", "Dilorom Saidova"),
        Q('"The system has changed, but the habits of some khokims have not,"', "direct", "Saidova", "Dilorom Saidova",
          speaker_at="Saidova said"),
        Q("that the organisation would publish its own monitoring report in December", "indirect", "She",
          "Dilorom Saidova", speaker_at="She added"),
        Q("the clusters were paying pickers 1,500 soums per kilogram this year, up from 1,200 in 2023", "indirect",
          "Uztextileprom", "Uztextileprom", speaker_at="Uztextileprom said"),
        Q('"We do not need teachers in the fields. We need professional pickers and machines,"', "direct",
          "Farrukh Sodiqov", "Farrukh Sodiqov"),
        Q("the results of the inspection would be made public", "indirect", "The ministry",
          "Ministry of Employment and Poverty Reduction", speaker_at="The ministry said"),
    ], source="blind"),
    Case("blind93-kunuz-cotton-students", """Prosecutors check claims students were bussed to cotton fields in \
Kashkadarya

The Kashkadarya regional prosecutor’s office has launched an inquiry after Kun.uz reported that students of a \
technical college in Karshi were taken to cotton fields instead of attending classes.

Last week, several students of the Karshi Polytechnic College sent Kun.uz messages and photographs. They said they had \
been put on buses early in the morning and driven to fields in Kasbi district.

“They told us that whoever does not go will not be allowed to sit the exams,” one second-year student said. “We picked \
until it was dark, and nobody paid us.”

The prosecutor’s office said on Monday that it had questioned the college’s director and deputy director and was \
examining attendance records for October.

“If it is established that students were involved in agricultural work against their will, the guilty persons will be \
brought to justice,” the office’s press secretary, Shokhrukh Tursunov, said in a video statement.

The college director, Baxtiyor Qodirov, denied that anyone had been forced. Speaking to Kun.uz by phone, he said the \
students had taken part in a “hashar”, a traditional voluntary community work day, and that only those who wanted to \
had gone.

“Nobody threatened anyone. These are adults, they can decide for themselves,” Qodirov said.

Nasaf Tekstil, the cotton-textile cluster that manages the fields in Kasbi district, said in a statement that it \
employs only hired pickers under contract and had not asked educational institutions for help.

Human rights activist Gulnora Ismoilova, who has monitored the cotton harvest for more than a decade, said that such \
cases had become rare but had not disappeared.

“Ten years ago, whole universities were closed for two months. Now it is one college here, one hospital there,” she \
said, “but every case shows that some local leaders still think in the old way.”

The Ministry of Higher Education, Science and Innovation said that using students in agricultural work during the \
academic year was prohibited and that it had sent a letter to all regional departments reminding them of the rule.

According to the Ministry of Employment and Poverty Reduction, 97 percent of this year’s cotton has been picked by \
hired workers, and the average daily wage of a picker has exceeded 180,000 soums.

Kun.uz will continue to follow the case.""", [
        Q("that students of a technical college in Karshi were taken to cotton fields instead of attending classes",
          "indirect", "Kun.uz", "Kun.uz", speaker_at="Kun.uz reported"),
        Q("they had been put on buses early in the morning and driven to fields in Kasbi district", "indirect", "They",
          None, speaker_at="They said they"),
        Q("“They told us that whoever does not go will not be allowed to sit the exams,”", "direct",
          "one second-year student", None),
        Q("“We picked until it was dark, and nobody paid us.”", "direct", "one second-year student", None),
        Q("that it had questioned the college’s director and deputy director and was examining attendance records for "
          "October", "indirect", "The prosecutor’s office", "Kashkadarya regional prosecutor’s office"),
        Q("“If it is established that students were involved in agricultural work against their will, the guilty "
          "persons will be brought to justice,”", "direct", "Shokhrukh Tursunov", "Shokhrukh Tursunov"),
        Q("that anyone had been forced", "indirect", "Baxtiyor Qodirov", "Baxtiyor Qodirov"),
        Q("the students had taken part in a “hashar”, a traditional voluntary community work day, and that only those "
          "who wanted to had gone", "indirect", "he", "Baxtiyor Qodirov", speaker_at="he said the students"),
        Q("“Nobody threatened anyone. These are adults, they can decide for themselves,”", "direct", "Qodirov",
          "Baxtiyor Qodirov", speaker_at="Qodirov said"),
        Q("that it employs only hired pickers under contract and had not asked educational institutions for help",
          "indirect", "Nasaf Tekstil", "Nasaf Tekstil"),
        Q("that such cases had become rare but had not disappeared", "indirect", "Gulnora Ismoilova",
          "Gulnora Ismoilova"),
        Q("“Ten years ago, whole universities were closed for two months. Now it is one college here, one hospital "
          "there,”", "direct", "she", "Gulnora Ismoilova", speaker_at="she said, “but"),
        Q("“but every case shows that some local leaders still think in the old way.”", "direct", "she",
          "Gulnora Ismoilova", speaker_at="she said, “but"),
        Q("that using students in agricultural work during the academic year was prohibited and that it had sent a "
          "letter to all regional departments reminding them of the rule", "indirect",
          "The Ministry of Higher Education, Science and Innovation",
          "Ministry of Higher Education, Science and Innovation"),
        Q("97 percent of this year’s cotton has been picked by hired workers, and the average daily wage of a picker "
          "has exceeded 180,000 soums", "indirect", "the Ministry of Employment and Poverty Reduction",
          "Ministry of Employment and Poverty Reduction"),
    ], source="blind"),
    Case("blind93-gazette-er-report", """Montreal ERs among most crowded in Quebec, commissioner’s report finds

Patients at several Montreal emergency rooms spent an average of more than 20 hours on stretchers last winter, and \
some waited for days before being admitted to a hospital bed, Quebec’s Health and Welfare Commissioner, Isabelle \
Ferland, said Wednesday.

Her report, titled “Urgences sous pression,” looked at data from 117 emergency departments between December and March.

Ferland said the occupancy rate at the Jewish General Hospital’s emergency department regularly exceeded 180 per cent, \
while the Lakeshore General Hospital in Pointe-Claire averaged 165 per cent.

“These are not numbers, they are people — often elderly people — lying in hallways for a day or more,” Ferland told a \
news conference in Quebec City. “This situation has become normal, and it should never be normal.”

She said the main cause was a shortage of beds for patients who no longer need hospital care but are waiting for a \
place in a long-term care home. In the health network, they are known as “alternate level of care” patients.

A spokesperson for the CIUSSS West-Central Montreal, which runs the Jewish General, said about one in five of the \
hospital’s beds was occupied by such patients last winter.

Dr. Marc-André Paquette, president of the Quebec Association of Emergency Physicians, said the findings came as no \
surprise.

“We have been sounding the alarm for 20 years,” Paquette said. “Every winter, the government acts surprised.

“What we need is not another report. What we need are beds, nurses and home care.”

Health Minister Pierre Fortin said the government had opened 600 new long-term care places since January and would add \
more this year. In a statement, Fortin called the report “a useful tool” and said many of its recommendations were \
“already being implemented.”

Santé Québec, the agency that has run the province’s hospitals since December 2024, said it would publish daily \
occupancy data for each emergency room on its website starting next month.

“For the families of people who died on a stretcher, a website is not an answer,” said Louise Caron, a spokesperson \
for the Montreal Patients’ Rights Committee.

Nurses at the Lakeshore told the Gazette last winter that they regularly cared for patients in corridors, sometimes \
with no call bell within reach.

The report makes 14 recommendations, including the creation of 1,500 transitional care beds in the Montreal region by \
2027.""", [
        Q("Patients at several Montreal emergency rooms spent an average of more than 20 hours on stretchers last "
          "winter, and some waited for days before being admitted to a hospital bed", "indirect", "Isabelle Ferland",
          "Isabelle Ferland"),
        Q("the occupancy rate at the Jewish General Hospital’s emergency department regularly exceeded 180 per cent, "
          "while the Lakeshore General Hospital in Pointe-Claire averaged 165 per cent", "indirect", "Ferland",
          "Isabelle Ferland", speaker_at="Ferland said"),
        Q("“These are not numbers, they are people — often elderly people — lying in hallways for a day or more,”",
          "direct", "Ferland", "Isabelle Ferland", speaker_at="Ferland told"),
        Q("“This situation has become normal, and it should never be normal.”", "direct", "Ferland", "Isabelle Ferland",
          speaker_at="Ferland told"),
        Q("the main cause was a shortage of beds for patients who no longer need hospital care but are waiting for a "
          "place in a long-term care home", "indirect", "She", "Isabelle Ferland", speaker_at="She said"),
        Q("about one in five of the hospital’s beds was occupied by such patients last winter", "indirect",
          "A spokesperson for the CIUSSS West-Central Montreal", None),
        Q("the findings came as no surprise", "indirect", "Marc-André Paquette", "Marc-André Paquette"),
        Q("“We have been sounding the alarm for 20 years,”", "direct", "Paquette", "Marc-André Paquette",
          speaker_at="Paquette said"),
        Q("“Every winter, the government acts surprised.", "direct", "Paquette", "Marc-André Paquette",
          speaker_at="Paquette said"),
        Q("“What we need is not another report. What we need are beds, nurses and home care.”", "direct", "Paquette",
          "Marc-André Paquette", speaker_at="Paquette said"),
        Q("the government had opened 600 new long-term care places since January and would add more this year",
          "indirect", "Pierre Fortin", "Pierre Fortin"),
        Q("“a useful tool”", "partial", "Fortin", "Pierre Fortin", speaker_at="Fortin called"),
        Q("“already being implemented.”", "partial", "Fortin", "Pierre Fortin", speaker_at="Fortin called"),
        Q("it would publish daily occupancy data for each emergency room on its website starting next month",
          "indirect", "Santé Québec", "Santé Québec"),
        Q("“For the families of people who died on a stretcher, a website is not an answer,”", "direct", "Louise Caron",
          "Louise Caron"),
        Q("that they regularly cared for patients in corridors, sometimes with no call bell within reach", "indirect",
          "Nurses at the Lakeshore", None),
    ], source="blind"),
    Case("blind93-observer-ttm-overcrowding", """Report finds patients sleeping on floors at T.T.M. Hospital

Patients at Tupua Tamasese Meaole (T.T.M.) Hospital at Moto'otua are being treated on mattresses on the floor and in \
corridors because of overcrowding, the Ombudsman says in a report tabled in Parliament on Tuesday.

The report is based on unannounced visits to the hospital in March and April.

Ombudsman Afamasaga Lina Tuiloma said her staff had counted up to 58 patients in the 30-bed medical ward on some \
nights.

"Our officers saw elderly patients lying on thin mattresses next to the toilets. Families were sleeping under the beds \
to be close to their loved ones," she said.

"This is not the fault of the nurses and doctors, who are doing their best under very difficult conditions.

"It is a failure of planning that has been going on for many years."

Afamasaga described the emergency department as "a waiting room that never empties".

The Director General of Health, Dr Tasi Leavasa, told the Samoa Observer that the Ministry of Health accepted the \
findings.

"We accept that the situation is not acceptable, and we are not hiding from it," Dr Leavasa said in an interview on \
Wednesday.

He said the ministry had asked Cabinet for funding to reopen a 20-bed ward at the old hospital building and to recruit \
35 nurses from overseas.

According to Dr Leavasa, around a third of patients on the medical wards were there for complications of diabetes and \
other non-communicable diseases.

"If we do not deal with N.C.D.s in the villages, no hospital will ever be big enough," he added.

The President of the Samoa Nurses Association, Sina Tuimavave, said nurses were working double shifts "almost every \
week".

A woman from Faleula, whose father was admitted last month, said: "We waited two days in the corridor before they \
found him a bed."

Opposition MP Fuimaono Tavita called the report "a national embarrassment".""", [
        Q("Patients at Tupua Tamasese Meaole (T.T.M.) Hospital at Moto'otua are being treated on mattresses on the "
          "floor and in corridors because of overcrowding", "indirect", "the Ombudsman", "Afamasaga Lina Tuiloma",
          speaker_at="the Ombudsman says"),
        Q("her staff had counted up to 58 patients in the 30-bed medical ward on some nights", "indirect",
          "Afamasaga Lina Tuiloma", "Afamasaga Lina Tuiloma"),
        Q('"Our officers saw elderly patients lying on thin mattresses next to the toilets. Families were sleeping '
          'under the beds to be close to their loved ones,"', "direct", "she", "Afamasaga Lina Tuiloma",
          speaker_at='ones," she said'),
        Q('"This is not the fault of the nurses and doctors, who are doing their best under very difficult conditions.',
          "direct", "she", "Afamasaga Lina Tuiloma", speaker_at='ones," she said'),
        Q('"It is a failure of planning that has been going on for many years."', "direct", "she",
          "Afamasaga Lina Tuiloma", speaker_at='ones," she said'),
        Q('"a waiting room that never empties"', "partial", "Afamasaga", "Afamasaga Lina Tuiloma",
          speaker_at="Afamasaga described"),
        Q("that the Ministry of Health accepted the findings", "indirect", "Tasi Leavasa", "Tasi Leavasa"),
        Q('"We accept that the situation is not acceptable, and we are not hiding from it,"', "direct", "Leavasa",
          "Tasi Leavasa", speaker_at="Dr Leavasa said"),
        Q("the ministry had asked Cabinet for funding to reopen a 20-bed ward at the old hospital building and to "
          "recruit 35 nurses from overseas", "indirect", "He", "Tasi Leavasa", speaker_at="He said the ministry"),
        Q("around a third of patients on the medical wards were there for complications of diabetes and other "
          "non-communicable diseases", "indirect", "Leavasa", "Tasi Leavasa", speaker_at="According to Dr Leavasa"),
        Q('"If we do not deal with N.C.D.s in the villages, no hospital will ever be big enough,"', "direct", "he",
          "Tasi Leavasa", speaker_at="he added"),
        Q("nurses were working double shifts", "indirect", "Sina Tuimavave", "Sina Tuimavave"),
        Q('"almost every week"', "partial", "Sina Tuimavave", "Sina Tuimavave"),
        Q('"We waited two days in the corridor before they found him a bed."', "direct", "A woman from Faleula", None),
        Q('"a national embarrassment"', "partial", "Fuimaono Tavita", "Fuimaono Tavita"),
    ], source="blind"),
    Case("blind93-observer-sevens-row", """Sevens selection sparks row as veterans left out of Manu 7s squad

The Samoa Rugby Union (S.R.U.) has defended the selection of the Manu Samoa 7s squad for the Hong Kong and Singapore \
legs of the World Series, after two of the team's most experienced players were left out.

Captain Tomasi Alosio and playmaker Malo Levi, who have played more than 60 tournaments between them, were not named \
in the 13-man squad announced on Monday. Eight of the players selected have never played on the World Series.

Head coach Tuala Ioane Leiataua said the decision was based on fitness testing and performances at the national trials \
in Apia.

"Nobody has a guaranteed spot in this team. Not me, not the senior players, nobody," he said. "We have young boys who \
trained hard and deserve a chance."

Tuala said both players had been told they remained part of the wider squad.

But Alosio's family and supporters have questioned the way the decision was made. In a Facebook post that has been \
shared more than 2,000 times, Alosio's wife, Lagi Alosio, wrote that her husband had found out he was dropped "from \
the media, not from the coach".

Alosio himself declined to comment when contacted by the Samoa Observer on Tuesday.

Levi, however, said he was "disappointed but not finished".

"I have given everything for this jersey for eight years. I will keep training and if the coach calls me, I will be \
ready," Levi said.

The S.R.U. chief executive, Seiuli Ropati Meredith, said the union did not interfere in selections and had full \
confidence in the coaching staff.

"The coach picks the team, the board does not pick the team. That is how it should be," Seiuli told the Samoa Observer.

"We understand the fans are passionate, and we welcome that passion. But we ask everyone to get behind the boys who \
are going to Hong Kong."

Former Manu 7s winger Pita Vaega, now a commentator on 2AP radio, said the omissions showed a "lack of respect" for \
senior players.

"You can blood young players, nobody is against that. But you do it with your leaders beside them, not by throwing \
them out," Vaega said.

Fans in Apia were divided. "It's time for the new generation," said one supporter at the Fugalei market, while another \
said the coach had made "a big mistake".

The squad leaves for Hong Kong on Sunday.""", [
        Q("the decision was based on fitness testing and performances at the national trials in Apia", "indirect",
          "Tuala Ioane Leiataua", "Tuala Ioane Leiataua"),
        Q('"Nobody has a guaranteed spot in this team. Not me, not the senior players, nobody,"', "direct", "he",
          "Tuala Ioane Leiataua", speaker_at='nobody," he said'),
        Q('"We have young boys who trained hard and deserve a chance."', "direct", "he", "Tuala Ioane Leiataua",
          speaker_at='nobody," he said'),
        Q("both players had been told they remained part of the wider squad", "indirect", "Tuala",
          "Tuala Ioane Leiataua", speaker_at="Tuala said"),
        Q('"from the media, not from the coach"', "partial", "Lagi Alosio", "Lagi Alosio"),
        Q('"disappointed but not finished"', "partial", "Levi", "Malo Levi", speaker_at="Levi, however"),
        Q('"I have given everything for this jersey for eight years. I will keep training and if the coach calls me, '
          'I will be ready,"', "direct", "Levi", "Malo Levi", speaker_at="Levi said"),
        Q("the union did not interfere in selections and had full confidence in the coaching staff", "indirect",
          "Seiuli Ropati Meredith", "Seiuli Ropati Meredith"),
        Q('"The coach picks the team, the board does not pick the team. That is how it should be,"', "direct", "Seiuli",
          "Seiuli Ropati Meredith", speaker_at="Seiuli told"),
        Q('"We understand the fans are passionate, and we welcome that passion. But we ask everyone to get behind the '
          'boys who are going to Hong Kong."', "direct", "Seiuli", "Seiuli Ropati Meredith", speaker_at="Seiuli told"),
        Q('"lack of respect"', "partial", "Pita Vaega", "Pita Vaega"),
        Q('"You can blood young players, nobody is against that. But you do it with your leaders beside them, not by '
          'throwing them out,"', "direct", "Vaega", "Pita Vaega", speaker_at="Vaega said"),
        Q("\"It's time for the new generation,\"", "direct", "one supporter at the Fugalei market", None),
        Q('"a big mistake"', "partial", "another", None, speaker_at="another said"),
    ], source="blind"),
    Case("blind93-kaniva-sevens-row", """Row erupts over Tonga sevens squad as overseas players left out

The Tonga Rugby Union has come under fire over its selection of the national sevens squad for the Pacific Games, after \
several New Zealand and Australia-based players said they were never contacted by selectors.

The 12-man squad, announced on Friday, includes only locally based players. Among those left out is Auckland-based \
winger Siosaia Fifita, who scored nine tries for Tonga at last year’s Oceania Sevens.

“Nobody called me, nobody sent an email. I found out on Facebook like everyone else,” Fifita told Kaniva News.

He said he had paid for his own flights to attend a training camp in Nuku’alofa in August. At the camp, he said, team \
management had told him he was “in the plans”.

TRU chief executive Feleti Kaufana said the union had decided to prioritise local players because of the cost of \
flying players in from overseas. He also cited “commitment issues” with some overseas-based players in previous years.

“We are not against overseas players. But we have a limited budget and the boys at home have been training together \
every day for six months,” Kaufana said.

Coach Sitani Havili said the squad was “the fittest and most disciplined” he had worked with.

“They know each other, they know the system. Sevens is about combinations, not names,” the coach said.

The decision has angered some members of the Tongan community in Auckland. Sione Tu’ipulotu, who chairs the Tongan \
Sevens Supporters Club in Ōtāhuhu, said the club had raised more than $15,000 to help overseas players travel to camps.

“We feel we have been used. They take our money and then they don’t pick our boys,” he said.

According to a source close to the team, who asked not to be named, at least two of the selectors were not present at \
the final trial in Nuku’alofa.

The Ministry of Internal Affairs, which oversees sport, said in a statement that selection was a matter for the union. \
It said it would “seek clarification” from the TRU board.

Tonga have been drawn with Fiji, Samoa and Papua New Guinea in pool A. The tournament begins later this month.""", [
        Q("they were never contacted by selectors", "indirect", "several New Zealand and Australia-based players",
          None),
        Q("“Nobody called me, nobody sent an email. I found out on Facebook like everyone else,”", "direct", "Fifita",
          "Siosaia Fifita", speaker_at="Fifita told"),
        Q("he had paid for his own flights to attend a training camp in Nuku’alofa in August", "indirect", "He",
          "Siosaia Fifita", speaker_at="He said he had"),
        Q("“in the plans”", "partial", "he", "Siosaia Fifita", speaker_at="he said, team"),
        Q("the union had decided to prioritise local players because of the cost of flying players in from overseas",
          "indirect", "Feleti Kaufana", "Feleti Kaufana"),
        Q("“commitment issues”", "partial", "He", "Feleti Kaufana", speaker_at="He also cited"),
        Q("“We are not against overseas players. But we have a limited budget and the boys at home have been training "
          "together every day for six months,”", "direct", "Kaufana", "Feleti Kaufana",
          speaker_at="months,” Kaufana said"),
        Q("“the fittest and most disciplined”", "partial", "Sitani Havili", "Sitani Havili"),
        Q("“They know each other, they know the system. Sevens is about combinations, not names,”", "direct",
          "the coach", "Sitani Havili", speaker_at="the coach said"),
        Q("the club had raised more than $15,000 to help overseas players travel to camps", "indirect",
          "Sione Tu’ipulotu", "Sione Tu’ipulotu"),
        Q("“We feel we have been used. They take our money and then they don’t pick our boys,”", "direct", "he",
          "Sione Tu’ipulotu", speaker_at="boys,” he said"),
        Q("at least two of the selectors were not present at the final trial in Nuku’alofa", "indirect",
          "a source close to the team", None),
        Q("that selection was a matter for the union", "indirect", "The Ministry of Internal Affairs",
          "Ministry of Internal Affairs"),
        Q("“seek clarification”", "partial", "It", "Ministry of Internal Affairs", speaker_at="It said it"),
    ], source="blind"),
    Case("blind93-sna-tourism-levy", """National Assembly approves higher tourism levy despite industry concerns

Victoria, Seychelles (Seychelles News Agency) - Seychelles’ National Assembly on Tuesday voted to increase the tourism \
environmental sustainability levy paid by visitors, with the new rates to come into force on July 1.

The amendment, passed by 20 votes to 12, raises the levy from €3 to €5 per night for guests of large hotels and from \
€1 to €2 for guests of small establishments. The levy was introduced in 2023 under the slogan “Keep Seychelles \
Pristine.”

Minister for Tourism Marie-Claire Bastienne told members that the money would be used to protect beaches, maintain \
nature trails and improve waste management on Praslin and La Digue.

“Our visitors come for the beauty of our islands,” Bastienne said during the debate. “It is only fair that they \
contribute a little more to keep them beautiful.”

She said that Seychelles remained cheaper than many competing destinations in the Indian Ocean when it came to visitor \
taxes.

Some members of the ruling party also expressed reservations, with one member saying the levy should be lower for \
Seychellois-owned guesthouses.

The opposition leader, Patrick Morel, said the increase would hurt small, Seychellois-owned establishments. He accused \
the government of rushing the bill through “without proper consultation.”

“Every time the government needs money, it goes to the tourism sector. One day the goose that lays the golden eggs \
will be tired,” Morel said.

The Seychelles Hospitality and Tourism Association (SHTA) said in a press release that its members were not against \
the levy itself. The association described the timing as “unfortunate,” as many bookings for the coming season had \
already been made at the old rates.

A guesthouse owner on La Digue, Jeanine Volcère, told SNA that most of her guests were backpackers who “count every \
euro.”

“I will have to absorb the difference for this year. I cannot go back to guests who already paid,” she said.

According to the Seychelles Revenue Commission, the levy brought in 132 million rupees last year.

The Principal Secretary for Tourism, Alain Larue, said the department would launch an information campaign for tour \
operators and that the new rates would be published on its website next week.""", [
        Q("that the money would be used to protect beaches, maintain nature trails and improve waste management on "
          "Praslin and La Digue", "indirect", "Marie-Claire Bastienne", "Marie-Claire Bastienne"),
        Q("“Our visitors come for the beauty of our islands,”", "direct", "Bastienne", "Marie-Claire Bastienne",
          speaker_at="Bastienne said"),
        Q("“It is only fair that they contribute a little more to keep them beautiful.”", "direct", "Bastienne",
          "Marie-Claire Bastienne", speaker_at="Bastienne said"),
        Q("that Seychelles remained cheaper than many competing destinations in the Indian Ocean when it came to "
          "visitor taxes", "indirect", "She", "Marie-Claire Bastienne", speaker_at="She said"),
        Q("the levy should be lower for Seychellois-owned guesthouses", "indirect", "one member", None),
        Q("the increase would hurt small, Seychellois-owned establishments", "indirect", "Patrick Morel",
          "Patrick Morel"),
        Q("“without proper consultation.”", "partial", "He", "Patrick Morel", speaker_at="He accused"),
        Q("“Every time the government needs money, it goes to the tourism sector. One day the goose that lays the "
          "golden eggs will be tired,”", "direct", "Morel", "Patrick Morel", speaker_at="Morel said"),
        Q("that its members were not against the levy itself", "indirect",
          "The Seychelles Hospitality and Tourism Association", "Seychelles Hospitality and Tourism Association"),
        Q("“unfortunate,”", "partial", "The association", "Seychelles Hospitality and Tourism Association"),
        Q("“count every euro.”", "partial", "Jeanine Volcère", "Jeanine Volcère"),
        Q("“I will have to absorb the difference for this year. I cannot go back to guests who already paid,”",
          "direct", "she", "Jeanine Volcère", speaker_at="she said"),
        Q("the levy brought in 132 million rupees last year", "indirect", "the Seychelles Revenue Commission",
          "Seychelles Revenue Commission"),
        Q("the department would launch an information campaign for tour operators and that the new rates would be "
          "published on its website next week", "indirect", "Alain Larue", "Alain Larue"),
    ], source="blind"),
    Case("blind93-mauritius-tourist-fee", """Tourist night fee approved after late-night debate

PORT LOUIS – The National Assembly has approved a fee of 3 euros per night on tourists staying in hotels and \
guesthouses, after a debate that went on past midnight on Tuesday.

The Tourism (Amendment) Bill was passed by 42 votes to 17. Visitors to Rodrigues are exempt.

Minister of Tourism Vikash Ramdin told the House that the fee would bring in around Rs 1.8 billion a year, which would \
be used to clean beaches, upgrade public toilets at tourist sites and train young Mauritians for jobs in the sector.

'Our competitors in the region already charge such a fee. The Maldives, the Seychelles, even Zanzibar,' Mr Ramdin \
said. 'Mauritius cannot remain the only destination where the visitor contributes nothing to the places he enjoys.'

The opposition said the bill had been pushed through with 'indecent haste'. Its spokesperson on tourism, Mrs Anjali \
Dookhun, argued that the fee would make Mauritius less competitive at a time when arrivals from Europe were slowing.

'We are not against the principle. We are against the way it is being done, without any study, without any \
consultation,' she said.

In a communiqué issued after the vote, the hotel owners' association AHRIM said it regretted that its request to \
postpone the fee until 2026 had been ignored. The decision sends 'the wrong signal' to tour operators who have already \
sold their packages for next winter, it said.

Jocelyn Lagesse, the chairperson of AHRIM, told this paper that several German and French tour operators had already \
contacted hotels to ask who would pay the fee.

'Some contracts were signed a year ago. Who pays? The hotel, the tour operator or the client? Nobody knows yet,' he \
said.

The Mauritius Tourism Promotion Authority (MTPA) said that arrivals reached 1.3 million last year and that it expected \
a similar figure this year.

In Grand Baie, reactions among visitors were mixed. 'Three euros is nothing compared to what we pay for the flight,' \
said Hannah Becker, a tourist from Munich. A British couple staying in Flic en Flac said they had not heard of the fee \
and thought it was 'a bit cheeky'.

Mr Ramdin said the fee would be collected by hotels and paid to the Mauritius Revenue Authority every month, starting \
on 1 October.""", [
        Q("that the fee would bring in around Rs 1.8 billion a year, which would be used to clean beaches, upgrade "
          "public toilets at tourist sites and train young Mauritians for jobs in the sector", "indirect",
          "Vikash Ramdin", "Vikash Ramdin"),
        Q("'Our competitors in the region already charge such a fee. The Maldives, the Seychelles, even Zanzibar,'",
          "direct", "Ramdin", "Vikash Ramdin", speaker_at="Zanzibar,' Mr Ramdin said"),
        Q("'Mauritius cannot remain the only destination where the visitor contributes nothing to the places he "
          "enjoys.'", "direct", "Ramdin", "Vikash Ramdin", speaker_at="Zanzibar,' Mr Ramdin said"),
        Q("'indecent haste'", "partial", "The opposition", None),
        Q("that the fee would make Mauritius less competitive at a time when arrivals from Europe were slowing",
          "indirect", "Anjali Dookhun", "Anjali Dookhun"),
        Q("'We are not against the principle. We are against the way it is being done, without any study, without any "
          "consultation,'", "direct", "she", "Anjali Dookhun", speaker_at="consultation,' she said"),
        Q("it regretted that its request to postpone the fee until 2026 had been ignored", "indirect", "AHRIM", "AHRIM",
          speaker_at="AHRIM said"),
        Q("'the wrong signal'", "partial", "it", "AHRIM", speaker_at="winter, it said"),
        Q("that several German and French tour operators had already contacted hotels to ask who would pay the fee",
          "indirect", "Jocelyn Lagesse", "Jocelyn Lagesse"),
        Q("'Some contracts were signed a year ago. Who pays? The hotel, the tour operator or the client? Nobody knows "
          "yet,'", "direct", "he", "Jocelyn Lagesse", speaker_at="yet,' he said"),
        Q("that arrivals reached 1.3 million last year and that it expected a similar figure this year", "indirect",
          "The Mauritius Tourism Promotion Authority", "Mauritius Tourism Promotion Authority"),
        Q("'Three euros is nothing compared to what we pay for the flight,'", "direct", "Hannah Becker",
          "Hannah Becker"),
        Q("they had not heard of the fee", "indirect", "A British couple staying in Flic en Flac", None),
        Q("'a bit cheeky'", "partial", "A British couple staying in Flic en Flac", None),
        Q("the fee would be collected by hotels and paid to the Mauritius Revenue Authority every month, starting on "
          "1 October", "indirect", "Ramdin", "Vikash Ramdin", speaker_at="Ramdin said the fee"),
    ], source="blind"),
    Case("blind93-mtimes-cane-fire", """Cane fire destroys 40 arpents at Belle Vue Harel

A fire swept through sugar cane fields at Belle Vue Harel on Sunday afternoon, destroying some 40 arpents of cane and \
forcing several families living nearby to leave their homes for a few hours.

According to the Government Fire and Rescue Service (GFRS), the alarm was raised at around 14h30 and fire fighters \
from the Trianon, Pamplemousses and Triolet stations were deployed.

Divisional Fire Officer Rajen Seebaluck said the strong winds had made the fire difficult to control. ‘The flames were \
jumping from one field to the next. At one point they were less than fifty metres from the houses,’ he said.

A man in his sixties was treated for smoke inhalation at the SSRN Hospital in Pamplemousses, the Ministry of Health \
said.

The fields belong to small planters who supply cane to the Terra sugar mill. Mr Dev Gopaul, 58, who farms eight \
arpents in the area, said he had lost almost his entire crop two months before harvest.

‘Burnt cane loses its value quickly. If the factory does not take it within a few days, it is finished for me,’ Mr \
Gopaul said. ‘Who will compensate me?’

The Mauritius Cane Industry Authority (MCIA) said burnt cane would be accepted at the mill on a priority basis and \
that its officers would visit affected planters this week to assess losses.

The police have opened an inquiry. A police spokesperson said arson had not been ruled out, as it was the third cane \
fire in the region in less than a month.

Chief Inspector Sheila Bundhoo, of the Pamplemousses division, told reporters that investigators were looking at \
images from surveillance cameras in the area.

Hemraj Bissessur, president of the Small Planters Association, said cane fires had become ‘a plague’ in the north.

‘Every year, we lose cane to fire. Some of it is accidental, some of it is deliberate, but the small planter always \
pays,’ he said.

Residents of the village told the Mauritius Times that young people often set fire to dry cane leaves ‘for fun’, \
although this could not be verified.

The fire was brought under control at around 19h00, the GFRS said.""", [
        Q("the alarm was raised at around 14h30 and fire fighters from the Trianon, Pamplemousses and Triolet "
          "stations were deployed", "indirect", "the Government Fire and Rescue Service",
          "Government Fire and Rescue Service"),
        Q("the strong winds had made the fire difficult to control", "indirect", "Rajen Seebaluck", "Rajen Seebaluck"),
        Q("‘The flames were jumping from one field to the next. At one point they were less than fifty metres from "
          "the houses,’", "direct", "he", "Rajen Seebaluck", speaker_at="houses,’ he said"),
        Q("A man in his sixties was treated for smoke inhalation at the SSRN Hospital in Pamplemousses", "indirect",
          "the Ministry of Health", "Ministry of Health"),
        Q("he had lost almost his entire crop two months before harvest", "indirect", "Dev Gopaul", "Dev Gopaul"),
        Q("‘Burnt cane loses its value quickly. If the factory does not take it within a few days, it is finished for "
          "me,’", "direct", "Gopaul", "Dev Gopaul", speaker_at="Gopaul said"),
        Q("‘Who will compensate me?’", "direct", "Gopaul", "Dev Gopaul", speaker_at="Gopaul said"),
        Q("burnt cane would be accepted at the mill on a priority basis and that its officers would visit affected "
          "planters this week to assess losses", "indirect", "The Mauritius Cane Industry Authority",
          "Mauritius Cane Industry Authority"),
        Q("arson had not been ruled out, as it was the third cane fire in the region in less than a month", "indirect",
          "A police spokesperson", None),
        Q("that investigators were looking at images from surveillance cameras in the area", "indirect",
          "Sheila Bundhoo", "Sheila Bundhoo"),
        Q("‘a plague’", "partial", "Hemraj Bissessur", "Hemraj Bissessur"),
        Q("‘Every year, we lose cane to fire. Some of it is accidental, some of it is deliberate, but the small "
          "planter always pays,’", "direct", "he", "Hemraj Bissessur", speaker_at="pays,’ he said"),
        Q("‘for fun’", "partial", "Residents of the village", None),
        Q("The fire was brought under control at around 19h00", "indirect", "the GFRS",
          "Government Fire and Rescue Service", speaker_at="the GFRS said"),
    ], source="blind"),
    Case("blind93-bambous-cane-fire", """Helicopter called in as cane fire spreads towards Black River Gorges

Firefighters, backed by a police helicopter, battled for more than six hours on Wednesday to contain a fire that \
started in sugar cane fields at Bambous and spread to the edge of the Black River Gorges National Park.

The Government Fire and Rescue Service said around 60 hectares of cane and scrubland had burned by the time the fire \
was brought under control shortly after 9pm.

"It was a very difficult operation because of the wind and the slope of the terrain," Station Officer Anil Ramsahye \
told reporters at the scene. "Our men could not reach some areas on foot, so the helicopter was essential."

The Police Helicopter Squadron made 22 water drops during the afternoon, according to a police communiqué.

Medine Ltd, which owns most of the affected fields, said in a statement that all of its employees were safe. It said \
the burnt cane would be harvested "as soon as possible" to limit losses.

The National Parks and Conservation Service (NPCS) said the flames had stopped about 200 metres from the park boundary.

Dr Nadia Bholah, a conservation scientist at the Mauritius Wildlife Foundation, said the area near the park was home \
to several endemic plant species found nowhere else on the island.

"Once these plants are gone, they are gone forever," Dr Bholah said. "We were very lucky this time."

She said that fire breaks between the cane fields and the park should be widened, adding that her organisation had \
raised the issue with the authorities "several times" in the past.

Residents of Cité La Ferme said smoke had filled their homes for most of the afternoon. "My children could not breathe \
properly. We had to go to my sister's house in Flic en Flac," said one mother, who gave only her first name, Priya.

The cause of the fire has not yet been established. Police said an inquiry was under way and that they wanted to speak \
to two men seen on a motorcycle near the fields shortly before the fire began.

Agro-Industry Minister Ravi Jhugroo said on Thursday that anyone found burning cane illegally would be prosecuted. \
Pre-harvest burning has been banned since 2022 under the government's "Zero Burn" programme.""", [
        Q("around 60 hectares of cane and scrubland had burned by the time the fire was brought under control shortly "
          "after 9pm", "indirect", "The Government Fire and Rescue Service", "Government Fire and Rescue Service"),
        Q('"It was a very difficult operation because of the wind and the slope of the terrain,"', "direct",
          "Anil Ramsahye", "Anil Ramsahye"),
        Q('"Our men could not reach some areas on foot, so the helicopter was essential."', "direct", "Anil Ramsahye",
          "Anil Ramsahye"),
        Q("The Police Helicopter Squadron made 22 water drops during the afternoon", "indirect", "a police communiqué",
          None),
        Q("that all of its employees were safe", "indirect", "Medine Ltd", "Medine Ltd"),
        Q('"as soon as possible"', "partial", "It", "Medine Ltd", speaker_at="It said the burnt"),
        Q("the flames had stopped about 200 metres from the park boundary", "indirect",
          "The National Parks and Conservation Service", "National Parks and Conservation Service"),
        Q("the area near the park was home to several endemic plant species found nowhere else on the island",
          "indirect", "Nadia Bholah", "Nadia Bholah"),
        Q('"Once these plants are gone, they are gone forever,"', "direct", "Bholah", "Nadia Bholah",
          speaker_at="Dr Bholah said"),
        Q('"We were very lucky this time."', "direct", "Bholah", "Nadia Bholah", speaker_at="Dr Bholah said"),
        Q("that fire breaks between the cane fields and the park should be widened", "indirect", "She", "Nadia Bholah",
          speaker_at="She said that"),
        Q('"several times"', "partial", "She", "Nadia Bholah", speaker_at="She said that"),
        Q("smoke had filled their homes for most of the afternoon", "indirect", "Residents of Cité La Ferme", None),
        Q("\"My children could not breathe properly. We had to go to my sister's house in Flic en Flac,\"", "direct",
          "one mother", "Priya"),
        Q("an inquiry was under way and that they wanted to speak to two men seen on a motorcycle near the fields "
          "shortly before the fire began", "indirect", "Police", None, speaker_at="Police said"),
        Q("that anyone found burning cane illegally would be prosecuted", "indirect", "Ravi Jhugroo", "Ravi Jhugroo"),
    ], source="blind"),
]
