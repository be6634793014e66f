"""Blind gold set 74: short news articles from many outlets, written once.

Sixteen articles in the house styles of Indian business papers, Australian public broadcaster
regional bureaux, Scottish daily papers and Kenyan dailies, on eight topics. They were written
without looking at the pretagger, its output or the other gold sets, and never tuned on. Long
paragraphs are wrapped with backslash line continuations, which are not part of the text.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind74-jnpa-dock-strike", """Dockworkers' strike at JNPA slows cargo movement for second day; exporters \
fear pile-up

MUMBAI: Container handling at the Jawaharlal Nehru Port Authority (JNPA) slowed to a crawl on Tuesday as over 4,000 \
dockworkers, crane operators and tally clerks stayed off work for a second day, demanding a wage revision and the \
rollback of a new contract-labour policy.

Port officials said that only 38% of scheduled vessel operations were completed in the 24 hours to 6 pm, against a \
normal average of over 90%.

"We have deployed every available supervisor and moved reserve staff from the Nhava Sheva terminal, but the backlog is \
building by the hour," a senior JNPA official told ET, requesting anonymity.

The strike has been called by the Nhava Sheva Port and General Workers' Union (NSPGWU). The union claims that the port \
management has not implemented a wage settlement signed in 2022.

NSPGWU general secretary Prakash Sawant said, "Management has been sitting on the file for two years. Our members are \
not asking for charity, they are asking for what was signed."

Sawant said the union would not call off the agitation until it received a written assurance from the Ministry of \
Ports, Shipping and Waterways.

A JNPA spokesperson said in a statement that the port had "engaged constructively" with the workers. Talks would \
resume on Wednesday in the presence of the regional labour commissioner, the spokesperson said.

Exporters are worried. According to the Federation of Indian Export Organisations (FIEO), nearly 9,000 containers of \
perishables, engineering goods and garments are stuck at yards and container freight stations around Navi Mumbai.

"Every day of disruption adds to demurrage and detention charges. For a small exporter, this can wipe out the margin \
on an entire shipment," said Vivek Kulkarni, western region chairman of FIEO.

Shipping lines have begun diverting vessels. Maersk said it was routing two of its services through Mundra port in \
Gujarat, calling the move "a temporary measure".

A senior official in New Delhi said the ministry was monitoring the situation and hoped for "an amicable resolution \
within days".

Analysts at CareEdge Ratings said a prolonged strike could shave 1.5-2% off JNPA's volumes for the quarter.

"JNPA handles nearly half of India's containerised trade, so even a week-long stoppage will ripple across supply \
chains," said Tanvi Deshpande, associate director at the agency.

The port's much-touted "Green Port" initiative, under which electric tractor-trailers were to be inducted this month, \
has also been put on hold, officials said.""", [
        Q("that only 38% of scheduled vessel operations were completed in the 24 hours to 6 pm, against a normal "
          "average of over 90%", "indirect", "Port officials", None),
        Q('"We have deployed every available supervisor and moved reserve staff from the Nhava Sheva terminal, but '
          'the backlog is building by the hour,"', "direct", "a senior JNPA official", None),
        Q("that the port management has not implemented a wage settlement signed in 2022", "indirect", "The union",
          "Nhava Sheva Port and General Workers' Union"),
        Q('"Management has been sitting on the file for two years. Our members are not asking for charity, they are '
          'asking for what was signed."', "direct", "Prakash Sawant", "Prakash Sawant"),
        Q("the union would not call off the agitation until it received a written assurance from the Ministry of "
          "Ports, Shipping and Waterways", "indirect", "Sawant", "Prakash Sawant", speaker_at="Sawant said the union"),
        Q('"engaged constructively"', "partial", "A JNPA spokesperson", None),
        Q("Talks would resume on Wednesday in the presence of the regional labour commissioner", "indirect",
          "the spokesperson", None),
        Q("nearly 9,000 containers of perishables, engineering goods and garments are stuck at yards and container "
          "freight stations around Navi Mumbai", "indirect", "the Federation of Indian Export Organisations",
          "Federation of Indian Export Organisations"),
        Q('"Every day of disruption adds to demurrage and detention charges. For a small exporter, this can wipe out '
          'the margin on an entire shipment,"', "direct", "Vivek Kulkarni", "Vivek Kulkarni"),
        Q("it was routing two of its services through Mundra port in Gujarat", "indirect", "Maersk", "Maersk"),
        Q('"a temporary measure"', "partial", "Maersk", "Maersk"),
        Q("the ministry was monitoring the situation", "indirect", "A senior official in New Delhi", None),
        Q('"an amicable resolution within days"', "partial", "A senior official in New Delhi", None),
        Q("a prolonged strike could shave 1.5-2% off JNPA's volumes for the quarter", "indirect",
          "Analysts at CareEdge Ratings", None),
        Q("\"JNPA handles nearly half of India's containerised trade, so even a week-long stoppage will ripple "
          'across supply chains,"', "direct", "Tanvi Deshpande", "Tanvi Deshpande"),
        Q("The port's much-touted \"Green Port\" initiative, under which electric tractor-trailers were to be "
          "inducted this month, has also been put on hold", "indirect", "officials", None,
          speaker_at="officials said."),
    ], source="blind"),
    Case("blind74-kolkata-tea-auction", """CTC prices slide at Kolkata auction as buyers hold back; planters seek relief

Kolkata, June 18

Prices of CTC tea at the Kolkata auction fell for the fourth straight sale this week, with average realisation \
slipping to \u20b9196.40 a kg, down \u20b914 from the corresponding sale last year, according to J Thomas & Co, the \
country's oldest tea auctioneer.

Over 2.1 million kg was on offer in Sale No. 24, of which nearly 31% remained unsold.

"Demand from the big packeteers has been muted, and exporters are cautious because of freight rates to West Asia," a \
broker at the auction centre said.

Planters blame a sharp rise in input costs. The Indian Tea Association (ITA), in a representation to the commerce \
ministry, said the industry was "staring at a crisis" after wage bills, fertiliser and power costs rose by nearly 30% \
in three years.

"At current auction prices, most gardens in Assam and the Dooars are selling below their cost of production," ITA \
secretary general Sumit Bhattacharjee said.

He said that the association had sought an extension of the transport subsidy for tea exports and a special package \
for small tea growers.

Small growers, who account for over half of India's output, are the worst hit. According to Nirmal Barman, president \
of the North Bengal Small Tea Growers' Association, green leaf prices have dropped to \u20b912-14 a kg in parts of \
Jalpaiguri district.

"Many growers are not even plucking. They cannot pay for labour," Barman told BusinessLine, adding, "If this \
continues, gardens will be abandoned."

Tea Board of India officials said that the board was monitoring auction trends closely and that a meeting with \
stakeholders had been called in Guwahati next week.

Not all brokers are gloomy. "Quality teas from the second flush are still fetching good prices. The fall is \
concentrated in the plainer grades," said Ravi Khaitan, a director at a Kolkata-based broking house.

Khaitan said prices could firm up once arrivals ease and festival-season buying begins in August.

Exports, meanwhile, have held up. The Tea Board said shipments in January-April rose 6% year-on-year to 78 million kg, \
led by higher volumes to Iraq, the UAE and Russia.

The so-called "floor price" mechanism, pitched by planters' bodies last year, has not found favour with the \
government.""", [
        Q("Prices of CTC tea at the Kolkata auction fell for the fourth straight sale this week, with average "
          "realisation slipping to \u20b9196.40 a kg, down \u20b914 from the corresponding sale last year", "indirect",
          "J Thomas & Co", "J Thomas & Co"),
        Q('"Demand from the big packeteers has been muted, and exporters are cautious because of freight rates to '
          'West Asia,"', "direct", "a broker at the auction centre", None),
        Q('"staring at a crisis"', "partial", "The Indian Tea Association", "Indian Tea Association"),
        Q('"At current auction prices, most gardens in Assam and the Dooars are selling below their cost of '
          'production,"', "direct", "Sumit Bhattacharjee", "Sumit Bhattacharjee"),
        Q("that the association had sought an extension of the transport subsidy for tea exports and a special "
          "package for small tea growers", "indirect", "He", "Sumit Bhattacharjee",
          speaker_at="He said that the association"),
        Q("green leaf prices have dropped to \u20b912-14 a kg in parts of Jalpaiguri district", "indirect",
          "Nirmal Barman", "Nirmal Barman"),
        Q('"Many growers are not even plucking. They cannot pay for labour,"', "direct", "Barman", "Nirmal Barman",
          speaker_at="Barman told"),
        Q('"If this continues, gardens will be abandoned."', "direct", "Barman", "Nirmal Barman",
          speaker_at="Barman told"),
        Q("that the board was monitoring auction trends closely and that a meeting with stakeholders had been called "
          "in Guwahati next week", "indirect", "Tea Board of India officials", None),
        Q('"Quality teas from the second flush are still fetching good prices. The fall is concentrated in the '
          'plainer grades,"', "direct", "Ravi Khaitan", "Ravi Khaitan"),
        Q("prices could firm up once arrivals ease and festival-season buying begins in August", "indirect", "Khaitan",
          "Ravi Khaitan", speaker_at="Khaitan said"),
        Q("shipments in January-April rose 6% year-on-year to 78 million kg, led by higher volumes to Iraq, the UAE "
          "and Russia", "indirect", "The Tea Board", "Tea Board of India"),
    ], source="blind"),
    Case("blind74-korba-lithium-lease", """Centre clears India's first lithium mining lease in Chhattisgarh's Korba \
district

New Delhi: The Union ministry of mines on Monday approved a mining lease for the Katghora lithium and rare earth \
elements block in Chhattisgarh, paving the way for India's first commercial lithium mine, two people aware of the \
development said.

The block was auctioned last year to Bengaluru-based Maikal Minerals Pvt Ltd, which won it with a final offer of \
76.05% of the value of mineral dispatched. Korba, long known as the "power capital" of India for its coal-fired \
plants, now hopes to ride a different kind of energy boom.

"This is a milestone in our effort to secure critical minerals for the energy transition. Lithium is the new oil," \
mines secretary Anand Mohan Rao said in a statement.

Rao said the ministry expected production to begin within three years, subject to environment and forest clearances.

According to the Geological Survey of India (GSI), the block holds an estimated 5.9 million tonnes of lithium-bearing \
ore with an average grade of 0.8% lithium oxide.

Maikal Minerals managing director Sunita Reddy told Mint that the company would invest \u20b91,200 crore in the first \
phase, including a beneficiation plant at the site.

"We are in talks with two battery makers for offtake. We want the value to stay in India, not just the ore," Reddy said.

She said the company had also approached Khanij Bidesh India Ltd (KABIL) for technical collaboration.

Industry watchers, however, urged caution. Lithium prices have fallen nearly 80% from their 2022 peak, and "the \
economics of hard-rock lithium at these grades remain unproven," said Karthik Iyer, a partner at EY India.

Local opposition could also slow work. Residents of Ghuchapur and nearby villages, most of them from the Gond and \
Kanwar communities, have said that they were not consulted before the auction.

"Our gram sabha has not given consent. We will not allow the forest to be cut," said Ramesh Kanwar, sarpanch of \
Ghuchapur.

A Chhattisgarh government spokesperson said the state would ensure that "every statutory process is followed" before \
any land is handed over.

Analysts at Kotak Institutional Equities called the approval "sentiment-positive" in a note to clients, but said it \
was unlikely to reduce India's import dependence in the near term.

India imported lithium-ion cells worth nearly $2.8 billion in FY24, according to the Ministry of Commerce and \
Industry.""", [
        Q("The Union ministry of mines on Monday approved a mining lease for the Katghora lithium and rare earth "
          "elements block in Chhattisgarh, paving the way for India's first commercial lithium mine", "indirect",
          "two people aware of the development", None),
        Q('"This is a milestone in our effort to secure critical minerals for the energy transition. Lithium is the '
          'new oil,"', "direct", "Anand Mohan Rao", "Anand Mohan Rao"),
        Q("the ministry expected production to begin within three years, subject to environment and forest "
          "clearances", "indirect", "Rao", "Anand Mohan Rao", speaker_at="Rao said the ministry"),
        Q("the block holds an estimated 5.9 million tonnes of lithium-bearing ore with an average grade of 0.8% "
          "lithium oxide", "indirect", "the Geological Survey of India", "Geological Survey of India"),
        Q("that the company would invest \u20b91,200 crore in the first phase, including a beneficiation plant at "
          "the site", "indirect", "Sunita Reddy", "Sunita Reddy"),
        Q('"We are in talks with two battery makers for offtake. We want the value to stay in India, not just the '
          'ore,"', "direct", "Reddy", "Sunita Reddy", speaker_at="Reddy said."),
        Q("the company had also approached Khanij Bidesh India Ltd (KABIL) for technical collaboration", "indirect",
          "She", "Sunita Reddy", speaker_at="She said the company"),
        Q('"the economics of hard-rock lithium at these grades remain unproven,"', "partial", "Karthik Iyer",
          "Karthik Iyer"),
        Q("that they were not consulted before the auction", "indirect", "Residents of Ghuchapur and nearby villages",
          None),
        Q('"Our gram sabha has not given consent. We will not allow the forest to be cut,"', "direct", "Ramesh Kanwar",
          "Ramesh Kanwar"),
        Q('"every statutory process is followed"', "partial", "A Chhattisgarh government spokesperson", None),
        Q('"sentiment-positive"', "partial", "Analysts at Kotak Institutional Equities", None),
        Q("it was unlikely to reduce India's import dependence in the near term", "indirect",
          "Analysts at Kotak Institutional Equities", None),
        Q("India imported lithium-ion cells worth nearly $2.8 billion in FY24", "indirect",
          "the Ministry of Commerce and Industry", "Ministry of Commerce and Industry"),
    ], source="blind"),
    Case("blind74-mannar-coral-survey", """Over 60% of Gulf of Mannar corals bleached, survey finds; fishers fear for \
catch

Chennai: More than 60% of live coral cover in the Gulf of Mannar Marine National Park has bleached following a \
prolonged marine heatwave, according to a survey by the Tuticorin Marine Research Institute (TMRI).

The survey, conducted across 21 islands between Mandapam and Thoothukudi in April and May, recorded sea surface \
temperatures of up to 32.8\u00b0C, nearly 2\u00b0C above the seasonal average.

"This is the most severe bleaching we have documented in the Gulf since 2016. Branching corals like Acropora have been \
hit the hardest," said Dr R. Meenakshi Sundaram, the institute's senior scientist who led the survey.

Sundaram said that some colonies could recover if water temperatures fell with the onset of the south-west monsoon.

"Bleaching is not death. But if the heat stress continues for another four to six weeks, we will see large-scale \
mortality," he said.

The Zoological Survey of India is carrying out a parallel assessment, an official at its Chennai regional centre said.

The findings have alarmed fishing communities along the Ramanathapuram coast, where reef fish such as parrotfish and \
groupers make up a large share of the catch.

"Last month our boats came back with half the usual catch. The reef looks like a white graveyard now," said A. Selvam, \
a fishermen's association leader in Keezhakarai.

According to the Tamil Nadu Fisheries Department, about 35,000 traditional fishers depend on the Gulf's reefs for \
their livelihood.

Economists say the damage could extend well beyond fishing. A 2022 study by the Madras School of Economics estimated \
that the Gulf's reefs provide ecosystem services worth \u20b94,500 crore a year through fisheries, tourism and coastal \
protection.

State environment secretary Lakshmi Venkataraman said the government would expand its coral restoration programme, \
which uses artificial reef modules and transplanted coral fragments, and described the bleaching as "a warning we \
cannot afford to ignore".

"We have restored about 10 hectares so far. Restoration alone cannot keep pace with warming, but it buys time," she \
told reporters at the Secretariat.

The India Meteorological Department said sea surface temperatures in the region were likely to remain above normal \
until mid-June.

The "Blue Economy" draft policy framework, released by the Centre in 2021, makes only passing mention of reef \
protection.""", [
        Q("More than 60% of live coral cover in the Gulf of Mannar Marine National Park has bleached following a "
          "prolonged marine heatwave", "indirect", "the Tuticorin Marine Research Institute",
          "Tuticorin Marine Research Institute"),
        Q('"This is the most severe bleaching we have documented in the Gulf since 2016. Branching corals like '
          'Acropora have been hit the hardest,"', "direct", "R. Meenakshi Sundaram", "R. Meenakshi Sundaram"),
        Q("that some colonies could recover if water temperatures fell with the onset of the south-west monsoon",
          "indirect", "Sundaram", "R. Meenakshi Sundaram", speaker_at="Sundaram said that"),
        Q('"Bleaching is not death. But if the heat stress continues for another four to six weeks, we will see '
          'large-scale mortality,"', "direct", "he", "R. Meenakshi Sundaram", speaker_at="he said."),
        Q("The Zoological Survey of India is carrying out a parallel assessment", "indirect",
          "an official at its Chennai regional centre", None),
        Q('"Last month our boats came back with half the usual catch. The reef looks like a white graveyard now,"',
          "direct", "A. Selvam", "A. Selvam"),
        Q("about 35,000 traditional fishers depend on the Gulf's reefs for their livelihood", "indirect",
          "the Tamil Nadu Fisheries Department", "Tamil Nadu Fisheries Department"),
        Q("the damage could extend well beyond fishing", "indirect", "Economists", None),
        Q("that the Gulf's reefs provide ecosystem services worth \u20b94,500 crore a year through fisheries, "
          "tourism and coastal protection", "indirect", "the Madras School of Economics", "Madras School of Economics"),
        Q("the government would expand its coral restoration programme, which uses artificial reef modules and "
          "transplanted coral fragments", "indirect", "Lakshmi Venkataraman", "Lakshmi Venkataraman"),
        Q('"a warning we cannot afford to ignore"', "partial", "Lakshmi Venkataraman", "Lakshmi Venkataraman"),
        Q('"We have restored about 10 hectares so far. Restoration alone cannot keep pace with warming, but it buys '
          'time,"', "direct", "she", "Lakshmi Venkataraman", speaker_at="she told"),
        Q("sea surface temperatures in the region were likely to remain above normal until mid-June", "indirect",
          "The India Meteorological Department", "India Meteorological Department"),
    ], source="blind"),
    Case("blind74-norseman-lithium-mine", """Lithium mine near Norseman approved despite fears for Great Western \
Woodlands

The WA government has approved a $480 million lithium mine south of Norseman, in a decision the company behind the \
project says will create 350 jobs during construction.

Environment Minister Kate Mulcahy said the Dundas Lithium Project had been approved after a two-year assessment by the \
Environmental Protection Authority.

She said the approval came with "strict conditions" to protect the Great Western Woodlands, which stretch across \
almost 16 million hectares of the state's south-east.

"This is a project that stacks up economically and environmentally," Ms Mulcahy said.

"The company will have to set aside more than 1,200 hectares as offsets and fund research into the woodland's \
threatened species."

Dundas Lithium managing director Tom Kessler said the company expected to make a final investment decision by the end \
of the year.

"We've been working with the Ngadju people and the Shire of Dundas from day one," Mr Kessler told ABC Goldfields.

He said the mine would produce about 250,000 tonnes of spodumene concentrate a year for export to processors in China \
and South Korea.

But conservation groups say the approval sets a dangerous precedent for the region.

Wilderness Society campaigner Priya Haddad said the Great Western Woodlands were the largest intact temperate woodland \
left on Earth.

"You can't offset a 200-year-old salmon gum. Once it's gone, it's gone," she said.

A spokesperson for the Ngadju Native Title Aboriginal Corporation said traditional owners had signed a heritage \
agreement with the company and would monitor the clearing of culturally significant sites.

Shire of Dundas president Lorraine Petts said the town of about 500 people had been "crying out" for investment.

"We've lost the bank, we've lost our hospital beds, and young people leave as soon as they finish school," Cr Petts \
said.

The approval comes as lithium prices remain well below their 2022 highs, with several WA producers placing mines into \
"care and maintenance" over the past 18 months.

The Chamber of Minerals and Energy WA said the decision was a vote of confidence in the industry.""", [
        Q("will create 350 jobs during construction", "indirect", "the company behind the project", "Dundas Lithium"),
        Q("the Dundas Lithium Project had been approved after a two-year assessment by the Environmental Protection "
          "Authority", "indirect", "Kate Mulcahy", "Kate Mulcahy"),
        Q('"strict conditions"', "partial", "She", "Kate Mulcahy", speaker_at="She said the approval"),
        Q('"This is a project that stacks up economically and environmentally,"', "direct", "Mulcahy", "Kate Mulcahy",
          speaker_at="Ms Mulcahy said"),
        Q('"The company will have to set aside more than 1,200 hectares as offsets and fund research into the '
          "woodland's threatened species.\"", "direct", "Mulcahy", "Kate Mulcahy", speaker_at="Ms Mulcahy said"),
        Q("the company expected to make a final investment decision by the end of the year", "indirect", "Tom Kessler",
          "Tom Kessler"),
        Q("\"We've been working with the Ngadju people and the Shire of Dundas from day one,\"", "direct", "Kessler",
          "Tom Kessler", speaker_at="Mr Kessler told"),
        Q("the mine would produce about 250,000 tonnes of spodumene concentrate a year for export to processors in "
          "China and South Korea", "indirect", "He", "Tom Kessler", speaker_at="He said the mine"),
        Q("the approval sets a dangerous precedent for the region", "indirect", "conservation groups", None),
        Q("the Great Western Woodlands were the largest intact temperate woodland left on Earth", "indirect",
          "Priya Haddad", "Priya Haddad"),
        Q("\"You can't offset a 200-year-old salmon gum. Once it's gone, it's gone,\"", "direct", "she", "Priya Haddad",
          speaker_at="she said."),
        Q("traditional owners had signed a heritage agreement with the company and would monitor the clearing of "
          "culturally significant sites", "indirect",
          "A spokesperson for the Ngadju Native Title Aboriginal Corporation", None),
        Q('"crying out"', "partial", "Lorraine Petts", "Lorraine Petts"),
        Q("\"We've lost the bank, we've lost our hospital beds, and young people leave as soon as they finish "
          'school,"', "direct", "Petts", "Lorraine Petts", speaker_at="Cr Petts said"),
        Q("the decision was a vote of confidence in the industry", "indirect", "The Chamber of Minerals and Energy WA",
          "Chamber of Minerals and Energy WA"),
    ], source="blind"),
    Case("blind74-cowboys-tuimavave-dolphins", """Cowboys lose homegrown forward Jaxon Tuimavave to Dolphins on \
four-year deal

North Queensland Cowboys forward Jaxon Tuimavave has signed a four-year deal with the Dolphins, ending a decade-long \
association with the club that handed him his NRL debut.

The 25-year-old Townsville product, who came through the Cowboys' junior pathways at Kirwan State High School, will \
join the Redcliffe-based side from next season.

In a statement, the Cowboys said they had made a competitive offer to keep the lock forward in Townsville but \
respected his decision.

Tuimavave told ABC North Queensland the decision was "the hardest I've ever had to make".

"Townsville is home. Mum and Dad are here, my little brothers play junior footy here," he said.

"But I'm 25, and I felt like I needed to test myself somewhere new."

Cowboys coach Brent Kearney said he had been told of the move on Monday morning.

"He's been a great servant of this club. I won't stand here and pretend it doesn't hurt," Kearney said.

Dolphins football manager Shaun Whitford said the club had been tracking Tuimavave for two seasons.

"He's a genuine middle who can play big minutes, and that's exactly what we were missing this year," Whitford said.

According to Fox League, the deal is worth about $750,000 a season, making Tuimavave one of the Dolphins' highest-paid \
forwards.

Former Cowboys prop Mick Lindenberg, now a commentator with ABC Sport, said the departure exposed the squeeze on the \
club's salary cap.

"When you've got big contracts at the top end, something's got to give, and unfortunately it's often the local kids," \
Lindenberg said.

The loss is a blow to the club's much-publicised "Townsville first" recruitment policy, launched two years ago.

Some fans took to social media to vent their frustration, with one describing the move as "a kick in the guts".

Tuimavave will see out the season with the Cowboys, the club confirmed.""", [
        Q("they had made a competitive offer to keep the lock forward in Townsville but respected his decision",
          "indirect", "the Cowboys", "North Queensland Cowboys", speaker_at="the Cowboys said"),
        Q("\"the hardest I've ever had to make\"", "partial", "Tuimavave", "Jaxon Tuimavave",
          speaker_at="Tuimavave told"),
        Q('"Townsville is home. Mum and Dad are here, my little brothers play junior footy here,"', "direct", "he",
          "Jaxon Tuimavave", speaker_at="he said."),
        Q("\"But I'm 25, and I felt like I needed to test myself somewhere new.\"", "direct", "he", "Jaxon Tuimavave",
          speaker_at="he said."),
        Q("he had been told of the move on Monday morning", "indirect", "Brent Kearney", "Brent Kearney"),
        Q("\"He's been a great servant of this club. I won't stand here and pretend it doesn't hurt,\"", "direct",
          "Kearney", "Brent Kearney", speaker_at="Kearney said."),
        Q("the club had been tracking Tuimavave for two seasons", "indirect", "Shaun Whitford", "Shaun Whitford"),
        Q("\"He's a genuine middle who can play big minutes, and that's exactly what we were missing this year,\"",
          "direct", "Whitford", "Shaun Whitford", speaker_at="Whitford said."),
        Q("the deal is worth about $750,000 a season, making Tuimavave one of the Dolphins' highest-paid forwards",
          "indirect", "Fox League", "Fox League"),
        Q("the departure exposed the squeeze on the club's salary cap", "indirect", "Mick Lindenberg",
          "Mick Lindenberg"),
        Q("\"When you've got big contracts at the top end, something's got to give, and unfortunately it's often the "
          'local kids,"', "direct", "Lindenberg", "Mick Lindenberg", speaker_at="Lindenberg said."),
        Q('"a kick in the guts"', "partial", "one", None, speaker_at="one describing"),
        Q("Tuimavave will see out the season with the Cowboys", "indirect", "the club", "North Queensland Cowboys",
          speaker_at="the club confirmed"),
    ], source="blind"),
    Case("blind74-reef-aerial-bleaching", """Aerial surveys find widespread bleaching across northern Great Barrier Reef

Aerial surveys have found severe coral bleaching across large parts of the northern Great Barrier Reef, with \
scientists warning some reefs may not recover before the next marine heatwave.

The Great Barrier Reef Marine Park Authority and the Australian Institute of Marine Science (AIMS) flew over more than \
300 reefs between Cairns and the Torres Strait during 10 days in March.

The authority\u2019s chief scientist, Dr Naomi Hendricks, said 73 per cent of the reefs surveyed showed high or \
extreme levels of bleaching.

\u201cThis is the sixth mass bleaching event since 2016, and the footprint is as large as anything we\u2019ve \
seen,\u201d Dr Hendricks said.

\u201cWhat worries us most is the short gap between events. Corals need about a decade to recover, and they\u2019re \
simply not getting it.\u201d

She said the southern third of the reef had been spared the worst of the heat.

Sea surface temperatures off Lizard Island peaked at 31.2 degrees Celsius in February, about 1.5 degrees above the \
long-term average, according to the Bureau of Meteorology.

Professor Sean Mulvaney, a coral ecologist at James Cook University in Townsville, said the results were \
\u201cconfronting but not surprising\u201d.

\u201cWe have been warning for years that the reef can\u2019t cope with heatwaves this frequent. The only real fix is \
cutting emissions,\u201d he told ABC Far North.

Tourism operators in Cairns say the most popular dive sites on the outer reef remain in good condition.

Dive boat skipper Kiri Matthews said visitors were still \u201cblown away\u201d by the colour on the reef.

\u201cPeople read the headlines and think the whole reef is dead. It isn\u2019t, but we can\u2019t be complacent \
either,\u201d Ms Matthews said.

A spokesperson for federal Environment Minister Rachel Dunne said the government had committed $1.2 billion to \
protecting the reef and was on track to meet its emissions reduction targets.

AIMS said a more detailed in-water survey would be carried out in May to measure how many corals had died. The results \
will be included in the institute\u2019s annual \u201cReef Snapshot\u201d report.""", [
        Q("some reefs may not recover before the next marine heatwave", "indirect", "scientists", None),
        Q("73 per cent of the reefs surveyed showed high or extreme levels of bleaching", "indirect", "Naomi Hendricks",
          "Naomi Hendricks"),
        Q("\u201cThis is the sixth mass bleaching event since 2016, and the footprint is as large as anything "
          "we\u2019ve seen,\u201d", "direct", "Hendricks", "Naomi Hendricks", speaker_at="Dr Hendricks said"),
        Q("\u201cWhat worries us most is the short gap between events. Corals need about a decade to recover, and "
          "they\u2019re simply not getting it.\u201d", "direct", "Hendricks", "Naomi Hendricks",
          speaker_at="Dr Hendricks said"),
        Q("the southern third of the reef had been spared the worst of the heat", "indirect", "She", "Naomi Hendricks",
          speaker_at="She said the southern"),
        Q("Sea surface temperatures off Lizard Island peaked at 31.2 degrees Celsius in February, about 1.5 degrees "
          "above the long-term average", "indirect", "the Bureau of Meteorology", "Bureau of Meteorology"),
        Q("\u201cconfronting but not surprising\u201d", "partial", "Sean Mulvaney", "Sean Mulvaney"),
        Q("\u201cWe have been warning for years that the reef can\u2019t cope with heatwaves this frequent. The only "
          "real fix is cutting emissions,\u201d", "direct", "he", "Sean Mulvaney", speaker_at="he told"),
        Q("the most popular dive sites on the outer reef remain in good condition", "indirect",
          "Tourism operators in Cairns", None),
        Q("\u201cblown away\u201d", "partial", "Kiri Matthews", "Kiri Matthews"),
        Q("\u201cPeople read the headlines and think the whole reef is dead. It isn\u2019t, but we can\u2019t be "
          "complacent either,\u201d", "direct", "Matthews", "Kiri Matthews", speaker_at="Ms Matthews said"),
        Q("the government had committed $1.2 billion to protecting the reef and was on track to meet its emissions "
          "reduction targets", "indirect", "A spokesperson for federal Environment Minister Rachel Dunne", None),
        Q("a more detailed in-water survey would be carried out in May to measure how many corals had died", "indirect",
          "AIMS", "Australian Institute of Marine Science", speaker_at="AIMS said"),
    ], source="blind"),
    Case("blind74-kangaroo-island-ferry", """Kangaroo Island ferry cancellations leave residents, farmers and tourists \
stranded

Ferry services between Kangaroo Island and the mainland have been cut back until at least Friday after one of the two \
vessels on the route was taken out of service with a gearbox fault.

Operator Southern Passage Ferries said the MV Karta Pintingga was found to have "significant wear" in its gearbox \
during routine maintenance at Port Adelaide on Sunday.

The company's second vessel has been unable to run a full timetable because of strong winds in Backstairs Passage, it \
said.

"We understand how frustrating this is, particularly for people who rely on the service to get to medical \
appointments," chief executive Mandy Prescott said.

"Our engineers are working around the clock, and we'll have a clearer picture by Wednesday."

Ms Prescott said passengers whose bookings had been cancelled would receive full refunds.

Kangaroo Island Mayor Janine Lawless said it was the third major disruption to the service this year.

"Every time the ferry goes down, the island effectively shuts down," she said.

She said she had written to Transport Minister Alex Peluso asking for the government to fund a backup vessel.

A spokesperson for Mr Peluso said the government was "in close contact" with the operator.

Farmers are also worried about getting livestock to market. Parndana sheep farmer Rick Morris said he had 600 lambs \
booked for the Dublin saleyards this week.

"If they don't go, I'm feeding them for another fortnight at my own cost, and nobody's covering that," Mr Morris told \
ABC Rural.

Some businesses in Penneshaw said they had already had cancellations from tourists who were worried about getting \
stuck on the island.

The SA Ambulance Service said emergency patients would continue to be flown to Adelaide by the Royal Flying Doctor \
Service.

The disruption has given fresh momentum to the community's "Fix Our Ferry" campaign, which has collected more than \
3,000 signatures.""", [
        Q('"significant wear"', "partial", "Southern Passage Ferries", "Southern Passage Ferries"),
        Q("The company's second vessel has been unable to run a full timetable because of strong winds in Backstairs "
          "Passage", "indirect", "it", "Southern Passage Ferries", speaker_at="Passage, it said"),
        Q('"We understand how frustrating this is, particularly for people who rely on the service to get to medical '
          'appointments,"', "direct", "Mandy Prescott", "Mandy Prescott"),
        Q("\"Our engineers are working around the clock, and we'll have a clearer picture by Wednesday.\"", "direct",
          "Mandy Prescott", "Mandy Prescott"),
        Q("passengers whose bookings had been cancelled would receive full refunds", "indirect", "Prescott",
          "Mandy Prescott", speaker_at="Ms Prescott said"),
        Q("it was the third major disruption to the service this year", "indirect", "Janine Lawless", "Janine Lawless"),
        Q('"Every time the ferry goes down, the island effectively shuts down,"', "direct", "she", "Janine Lawless",
          speaker_at="she said."),
        Q("she had written to Transport Minister Alex Peluso asking for the government to fund a backup vessel",
          "indirect", "She", "Janine Lawless", speaker_at="She said she had"),
        Q('"in close contact"', "partial", "A spokesperson for Mr Peluso", None),
        Q("he had 600 lambs booked for the Dublin saleyards this week", "indirect", "Rick Morris", "Rick Morris"),
        Q("\"If they don't go, I'm feeding them for another fortnight at my own cost, and nobody's covering that,\"",
          "direct", "Morris", "Rick Morris", speaker_at="Mr Morris told"),
        Q("they had already had cancellations from tourists who were worried about getting stuck on the island",
          "indirect", "Some businesses in Penneshaw", None),
        Q("emergency patients would continue to be flown to Adelaide by the Royal Flying Doctor Service", "indirect",
          "The SA Ambulance Service", "SA Ambulance Service"),
    ], source="blind"),
    Case("blind74-calmac-stornoway-ferry", """CalMac cancels Stornoway sailings for a week as Loch Seaforth breakdown \
leaves Lewis cut off

Sailings between Ullapool and Stornoway have been cancelled until next Tuesday after a fault was found in one of the \
main engines of the MV Loch Seaforth, the ferry operator has said.

Caledonian MacBrayne (CalMac) said a replacement part was being flown in from Germany and that engineers would work \
\u2018around the clock\u2019 to return the vessel to service.

A reduced timetable will be run by the smaller MV Isle of Lewis, with priority given to freight, livestock and \
passengers travelling for medical treatment.

Fiona MacKinnon, CalMac\u2019s director of operations, said: \u2018We know how difficult this is for communities in \
Lewis and Harris, and I want to apologise to everyone whose plans have been disrupted.

\u2018Our priority is to get essential supplies, and people with hospital appointments, across the Minch.\u2019

The breakdown is the latest in a series of failures affecting the ageing fleet. Islanders have repeatedly complained \
that delays to new vessels being built for the network have left CalMac with no spare capacity.

Local MSP Donald Macleod said the situation was \u2018utterly unacceptable\u2019.

\u2018People in Stornoway are being told to stock up as if a storm was coming. This is a lifeline service, and it is \
failing the very people it is meant to serve,\u2019 he said.

Ross Mackenzie, chairman of the Lewis and Harris Business Forum, said hotels and guest houses had already received \
dozens of cancellations.

\u2018It\u2019s the height of the season. Every week like this costs the islands hundreds of thousands of \
pounds,\u2019 Mr Mackenzie added.

The Scottish Government said Transport Scotland was working with CalMac to charter additional tonnage.

Transport Secretary Catriona Dunlop told BBC Radio nan G\u00e0idheal that she understood islanders\u2019 frustration \
and would meet community leaders in Stornoway next week.

According to CalMac, the Stornoway route carried more than 190,000 passengers last year.

The government\u2019s \u2018Islands Connectivity Plan\u2019, published last year, promises six new major vessels by \
2030.""", [
        Q("Sailings between Ullapool and Stornoway have been cancelled until next Tuesday after a fault was found in "
          "one of the main engines of the MV Loch Seaforth", "indirect", "the ferry operator", "Caledonian MacBrayne"),
        Q("a replacement part was being flown in from Germany", "indirect", "Caledonian MacBrayne",
          "Caledonian MacBrayne"),
        Q("\u2018around the clock\u2019", "partial", "Caledonian MacBrayne", "Caledonian MacBrayne"),
        Q("\u2018We know how difficult this is for communities in Lewis and Harris, and I want to apologise to "
          "everyone whose plans have been disrupted.", "direct", "Fiona MacKinnon", "Fiona MacKinnon"),
        Q("\u2018Our priority is to get essential supplies, and people with hospital appointments, across the "
          "Minch.\u2019", "direct", "Fiona MacKinnon", "Fiona MacKinnon"),
        Q("that delays to new vessels being built for the network have left CalMac with no spare capacity", "indirect",
          "Islanders", None),
        Q("\u2018utterly unacceptable\u2019", "partial", "Donald Macleod", "Donald Macleod"),
        Q("\u2018People in Stornoway are being told to stock up as if a storm was coming. This is a lifeline "
          "service, and it is failing the very people it is meant to serve,\u2019", "direct", "he", "Donald Macleod",
          speaker_at="he said."),
        Q("hotels and guest houses had already received dozens of cancellations", "indirect", "Ross Mackenzie",
          "Ross Mackenzie"),
        Q("\u2018It\u2019s the height of the season. Every week like this costs the islands hundreds of thousands of "
          "pounds,\u2019", "direct", "Mackenzie", "Ross Mackenzie", speaker_at="Mr Mackenzie added"),
        Q("Transport Scotland was working with CalMac to charter additional tonnage", "indirect",
          "The Scottish Government", "Scottish Government"),
        Q("that she understood islanders\u2019 frustration and would meet community leaders in Stornoway next week",
          "indirect", "Catriona Dunlop", "Catriona Dunlop"),
        Q("the Stornoway route carried more than 190,000 passengers last year", "indirect", "CalMac",
          "Caledonian MacBrayne", speaker_at="According to CalMac"),
    ], source="blind"),
    Case("blind74-grangemouth-dock-strike", """Grangemouth dockers to strike over pay as Unite warns of \u2018summer \
of disruption\u2019

More than 120 dock workers at Grangemouth, Scotland\u2019s largest container port, are to walk out next month in a \
dispute over pay, the Unite union has announced.

Crane drivers, lashers and stevedores employed by Forth Ports voted by 87 per cent in favour of strike action on a \
turnout of 81 per cent, the union said.

The walkout, due to begin on 14 July, is set to last a fortnight and could be followed by an overtime ban.

Unite industrial officer Derek Cowie said: \u201cForth Ports made more than \u00a360 million in operating profit last \
year, yet it is offering our members a pay rise that doesn\u2019t even match inflation.

\u201cOur members kept this port running through the pandemic. They are not going to be taken for granted.\u201d

He warned that the action would cause \u201csevere disruption\u201d to supply chains across central Scotland.

A Forth Ports spokesman said the company had offered a rise of 4.5 per cent, which he described as \u201cfair and \
reasonable\u201d.

\u201cWe remain open to talks and would urge Unite to return to the negotiating table,\u201d the spokesman added.

He said contingency plans were being drawn up to keep the port operating during any stoppage.

Gillian Dow, chief executive of Falkirk Chamber of Commerce, said the strike would hit manufacturers already \
struggling with high energy costs.

\u201cGrangemouth is the front door for a huge share of Scotland\u2019s imports and exports,\u201d she said, \u201cand \
there is no easy way to reroute that trade.\u201d

The dispute comes as the town is still reeling from the closure of the Grangemouth oil refinery, which ministers have \
described as a \u201cdevastating blow\u201d to the area.

A Scottish Government spokeswoman said ministers were \u201cmonitoring the situation closely\u201d but stressed that \
pay was a matter for the company and the union.

The port sits within the \u201cForth Green Freeport\u201d, which was awarded special tax status in 2023.

Unite said last year\u2019s strikes at the Port of Felixstowe had won members a rise of 7 per cent.""", [
        Q("\u2018summer of disruption\u2019", "partial", "Unite", "Unite", speaker_at="Unite warns"),
        Q("More than 120 dock workers at Grangemouth, Scotland\u2019s largest container port, are to walk out next "
          "month in a dispute over pay", "indirect", "the Unite union", "Unite"),
        Q("Crane drivers, lashers and stevedores employed by Forth Ports voted by 87 per cent in favour of strike "
          "action on a turnout of 81 per cent", "indirect", "the union", "Unite", speaker_at="the union said"),
        Q("\u201cForth Ports made more than \u00a360 million in operating profit last year, yet it is offering our "
          "members a pay rise that doesn\u2019t even match inflation.", "direct", "Derek Cowie", "Derek Cowie"),
        Q("\u201cOur members kept this port running through the pandemic. They are not going to be taken for "
          "granted.\u201d", "direct", "Derek Cowie", "Derek Cowie"),
        Q("\u201csevere disruption\u201d", "partial", "He", "Derek Cowie", speaker_at="He warned"),
        Q("the company had offered a rise of 4.5 per cent", "indirect", "A Forth Ports spokesman", None),
        Q("\u201cfair and reasonable\u201d", "partial", "he", None, speaker_at="which he described"),
        Q("\u201cWe remain open to talks and would urge Unite to return to the negotiating table,\u201d", "direct",
          "the spokesman", None),
        Q("contingency plans were being drawn up to keep the port operating during any stoppage", "indirect", "He",
          None, speaker_at="He said contingency"),
        Q("the strike would hit manufacturers already struggling with high energy costs", "indirect", "Gillian Dow",
          "Gillian Dow"),
        Q("\u201cGrangemouth is the front door for a huge share of Scotland\u2019s imports and exports,\u201d",
          "direct", "she", "Gillian Dow", speaker_at="she said,"),
        Q("\u201cand there is no easy way to reroute that trade.\u201d", "direct", "she", "Gillian Dow",
          speaker_at="she said,"),
        Q("\u201cdevastating blow\u201d", "partial", "ministers", None, speaker_at="which ministers have described"),
        Q("\u201cmonitoring the situation closely\u201d", "partial", "A Scottish Government spokeswoman", None),
        Q("that pay was a matter for the company and the union", "indirect", "A Scottish Government spokeswoman", None),
        Q("last year\u2019s strikes at the Port of Felixstowe had won members a rise of 7 per cent", "indirect",
          "Unite", "Unite", speaker_at="Unite said"),
    ], source="blind"),
    Case("blind74-sqa-maths-leak", """SQA launches probe after Higher Maths paper leaked online hours before exam

The Scottish Qualifications Authority (SQA) has launched an investigation after questions from this year's Higher \
Maths paper appeared on social media the night before thousands of pupils sat the exam.

Screenshots of what appeared to be two pages of Paper 2 were shared on TikTok and Snapchat late on Tuesday, according \
to parents who contacted the Record.

The SQA said it was "aware of material circulating online". It confirmed that the matter had been referred to Police \
Scotland.

In a statement, an SQA spokesperson said: "We take the security of our examinations extremely seriously. An \
investigation is under way to establish whether a breach has occurred and, if so, how.

"We want to reassure candidates that nobody will be disadvantaged as a result."

Detective Inspector Gary Mackie, of Police Scotland, said officers were "assisting the SQA with its inquiries" and \
appealed for anyone who had shared the images to come forward.

Parents have reacted with fury. Glasgow mum Lisa McGowan, whose daughter sat the exam at a school in the city's south \
side, said pupils who had not seen the leak had been put at an unfair disadvantage.

She said: "My daughter studied for months. Now she's hearing that kids at other schools had the questions the night \
before. How is that fair?"

Margaret Kerr, executive director of parents' body Connect, said the SQA had to be "completely transparent" about what \
had happened.

Scottish Tory education spokesman Graham Ritchie called the leak "yet another blow to confidence" in an exam body that \
is already due to be replaced.

Education Secretary Fiona Rankin told MSPs at Holyrood that she had asked the SQA for an urgent report.

"I want to be absolutely clear: no young person will lose out because of the actions of others," Ms Rankin said.

The Educational Institute of Scotland (EIS) said teachers must not be blamed for failures in the security of the exam \
system.

Every Higher subject has a so-called "reserve paper", which can be used if the main paper is compromised.

The SQA said it would decide within days whether grade boundaries would need to be adjusted.""", [
        Q("Screenshots of what appeared to be two pages of Paper 2 were shared on TikTok and Snapchat late on "
          "Tuesday", "indirect", "parents who contacted the Record", None),
        Q('"aware of material circulating online"', "partial", "The SQA", "Scottish Qualifications Authority",
          speaker_at="The SQA said it was"),
        Q("that the matter had been referred to Police Scotland", "indirect", "It", "Scottish Qualifications Authority",
          speaker_at="It confirmed"),
        Q('"We take the security of our examinations extremely seriously. An investigation is under way to establish '
          "whether a breach has occurred and, if so, how.", "direct", "an SQA spokesperson", None),
        Q('"We want to reassure candidates that nobody will be disadvantaged as a result."', "direct",
          "an SQA spokesperson", None),
        Q('"assisting the SQA with its inquiries"', "partial", "Gary Mackie", "Gary Mackie"),
        Q("pupils who had not seen the leak had been put at an unfair disadvantage", "indirect", "Lisa McGowan",
          "Lisa McGowan"),
        Q("\"My daughter studied for months. Now she's hearing that kids at other schools had the questions the "
          'night before. How is that fair?"', "direct", "She", "Lisa McGowan", speaker_at="She said:"),
        Q('"completely transparent"', "partial", "Margaret Kerr", "Margaret Kerr"),
        Q('"yet another blow to confidence"', "partial", "Graham Ritchie", "Graham Ritchie"),
        Q("that she had asked the SQA for an urgent report", "indirect", "Fiona Rankin", "Fiona Rankin"),
        Q('"I want to be absolutely clear: no young person will lose out because of the actions of others,"', "direct",
          "Rankin", "Fiona Rankin", speaker_at="Ms Rankin said"),
        Q("teachers must not be blamed for failures in the security of the exam system", "indirect",
          "The Educational Institute of Scotland", "Educational Institute of Scotland"),
        Q("it would decide within days whether grade boundaries would need to be adjusted", "indirect", "The SQA",
          "Scottish Qualifications Authority", speaker_at="The SQA said it would"),
    ], source="blind"),
    Case("blind74-rennie-wigan-code-switch", """Glasgow Warriors winger Kyle Rennie switches codes to join Wigan

Glasgow Warriors winger Kyle Rennie has turned his back on rugby union to sign a three-year deal with Super League \
champions Wigan Warriors.

The 24-year-old, who has won seven Scotland caps, will move south at the end of the season after Glasgow agreed to \
release him from the final year of his contract.

Rennie, who grew up in Kilmarnock but played rugby league as a schoolboy in Cumbria before his family moved north, \
described the move as a 'dream come true'.

'I've always loved league. My grandad took me to watch Workington Town when I was wee, and I never forgot it,' he said.

'Wigan are the biggest club in the game, and when they came calling I couldn't say no.'

Glasgow Warriors confirmed that Rennie would remain available for the rest of the United Rugby Championship campaign.

Head coach Johan Venter said the club had tried 'everything we could' to keep him.

'Kyle has been outstanding for us and we wish him well. But it's a loss for Scottish rugby, no question,' Venter added.

Wigan head coach Sean Ashworth said Rennie's pace and aerial ability would make him a natural full-back in league.

Ashworth told the club's website: 'There will be a learning curve, there always is with union lads, but Kyle has the \
raw tools to be a star in this competition.'

A Scottish Rugby spokesman said the governing body was disappointed to lose a player who had come through its academy \
system.

Former Scotland full-back Calum Fraser, now a pundit with BBC Scotland, said the sport could not afford to keep losing \
its brightest young talent.

'He's exactly the kind of player we should be building a team around. It's a worrying sign,' Fraser told the Herald.

According to RugbyPass, Wigan will pay a compensation fee of around \u00a3150,000 to Glasgow.

Rennie scored 11 tries last season, including the URC's 'Try of the Season' against Munster at Scotstoun.""", [
        Q("'dream come true'", "partial", "Rennie", "Kyle Rennie", speaker_at="Rennie, who grew up"),
        Q("'I've always loved league. My grandad took me to watch Workington Town when I was wee, and I never forgot "
          "it,'", "direct", "he", "Kyle Rennie", speaker_at="he said."),
        Q("'Wigan are the biggest club in the game, and when they came calling I couldn't say no.'", "direct", "he",
          "Kyle Rennie", speaker_at="he said."),
        Q("that Rennie would remain available for the rest of the United Rugby Championship campaign", "indirect",
          "Glasgow Warriors", "Glasgow Warriors", speaker_at="Glasgow Warriors confirmed"),
        Q("'everything we could'", "partial", "Johan Venter", "Johan Venter"),
        Q("'Kyle has been outstanding for us and we wish him well. But it's a loss for Scottish rugby, no question,'",
          "direct", "Venter", "Johan Venter", speaker_at="Venter added"),
        Q("Rennie's pace and aerial ability would make him a natural full-back in league", "indirect", "Sean Ashworth",
          "Sean Ashworth"),
        Q("'There will be a learning curve, there always is with union lads, but Kyle has the raw tools to be a star "
          "in this competition.'", "direct", "Ashworth", "Sean Ashworth", speaker_at="Ashworth told"),
        Q("the governing body was disappointed to lose a player who had come through its academy system", "indirect",
          "A Scottish Rugby spokesman", None),
        Q("the sport could not afford to keep losing its brightest young talent", "indirect", "Calum Fraser",
          "Calum Fraser"),
        Q("'He's exactly the kind of player we should be building a team around. It's a worrying sign,'", "direct",
          "Fraser", "Calum Fraser", speaker_at="Fraser told"),
        Q("Wigan will pay a compensation fee of around \u00a3150,000 to Glasgow", "indirect", "RugbyPass", "RugbyPass"),
    ], source="blind"),
    Case("blind74-vihiga-governor-impeachment", """Vihiga MCAs impeach Governor Mbayi over abuse of office

Members of the Vihiga County Assembly on Tuesday voted to impeach Governor Jairus Mbayi, accusing him of gross \
misconduct, abuse of office and misappropriation of Sh480 million meant for health and road projects.

Thirty of the 38 MCAs voted in favour of the motion, surpassing the two-thirds threshold required by the County \
Governments Act, Speaker Christopher Ayiego announced.

The motion was moved by Lugaga-Wamuluma MCA Emmanuel Atsulu. Mr Atsulu told the House that the governor had "turned \
the county treasury into a personal ATM".

"We have given the governor every opportunity to account for public funds. He chose arrogance over accountability," \
said Mr Atsulu.

He said that audit reports for the 2022/23 and 2023/24 financial years had flagged payments of more than Sh90 million \
to companies linked to the governor's relatives, including funds meant for the county's "Afya Nyumbani" community \
health programme.

Governor Mbayi, who did not appear before the assembly, dismissed the impeachment as a "political witch-hunt" \
orchestrated by his rivals ahead of the 2027 General Election.

In a statement sent to newsrooms, the governor said he would challenge the decision both in court and before the Senate.

"I have not stolen a single shilling. The people of Vihiga know the truth, and so will the Senate," Dr Mbayi said.

The governor's lawyer, Peter Wanyama, said the assembly had ignored a High Court order barring it from debating the \
motion.

"This is contempt of court, plain and simple. We will be back before the judge tomorrow morning," Mr Wanyama told the \
Nation.

Residents who spoke to the Nation in Mbale town were divided.

"He has done roads and the level five hospital. Why impeach him now?" asked a boda boda rider at the town's main stage.

But a trader at Mbale market said the county had not paid suppliers for more than a year.

The Office of the Clerk of the Senate said it had received the assembly's resolution and would table it on Thursday.

The Council of Governors (CoG) said it was concerned about the rising number of impeachment motions, which it \
described as "a tool of blackmail" in some counties.""", [
        Q("Thirty of the 38 MCAs voted in favour of the motion, surpassing the two-thirds threshold required by the "
          "County Governments Act", "indirect", "Christopher Ayiego", "Christopher Ayiego"),
        Q('"turned the county treasury into a personal ATM"', "partial", "Atsulu", "Emmanuel Atsulu",
          speaker_at="Mr Atsulu told"),
        Q('"We have given the governor every opportunity to account for public funds. He chose arrogance over '
          'accountability,"', "direct", "Atsulu", "Emmanuel Atsulu", speaker_at="said Mr Atsulu"),
        Q("that audit reports for the 2022/23 and 2023/24 financial years had flagged payments of more than Sh90 "
          "million to companies linked to the governor's relatives, including funds meant for the county's \"Afya "
          'Nyumbani" community health programme', "indirect", "He", "Emmanuel Atsulu", speaker_at="He said that audit"),
        Q('"political witch-hunt"', "partial", "Mbayi", "Jairus Mbayi", speaker_at="Governor Mbayi, who"),
        Q("he would challenge the decision both in court and before the Senate", "indirect", "the governor",
          "Jairus Mbayi", speaker_at="the governor said he"),
        Q('"I have not stolen a single shilling. The people of Vihiga know the truth, and so will the Senate,"',
          "direct", "Mbayi", "Jairus Mbayi", speaker_at="Dr Mbayi said"),
        Q("the assembly had ignored a High Court order barring it from debating the motion", "indirect",
          "Peter Wanyama", "Peter Wanyama"),
        Q('"This is contempt of court, plain and simple. We will be back before the judge tomorrow morning,"', "direct",
          "Wanyama", "Peter Wanyama", speaker_at="Mr Wanyama told"),
        Q('"He has done roads and the level five hospital. Why impeach him now?"', "direct",
          "a boda boda rider at the town's main stage", None),
        Q("the county had not paid suppliers for more than a year", "indirect", "a trader at Mbale market", None),
        Q("it had received the assembly's resolution and would table it on Thursday", "indirect",
          "The Office of the Clerk of the Senate", "Office of the Clerk of the Senate"),
        Q("it was concerned about the rising number of impeachment motions", "indirect", "The Council of Governors",
          "Council of Governors"),
        Q('"a tool of blackmail"', "partial", "it", "Council of Governors", speaker_at="which it described"),
    ], source="blind"),
    Case("blind74-mombasa-tea-auction", """Tea prices at Mombasa auction hit two-year low as Pakistan, Egypt buyers \
hold back

Average tea prices at the Mombasa auction fell to $2.01 (Sh259) per kilo this week, the lowest in two years, as buyers \
from key markets Pakistan and Egypt cut back on orders, according to the East African Tea Trade Association (EATTA).

Data from the association shows that of the 9.2 million kilos offered at the sale, about 38 per cent went unsold.

EATTA managing director George Omondi said a strong dollar and foreign exchange shortages in Pakistan and Egypt had \
squeezed buyers.

"Our biggest markets are struggling to raise dollars. Some buyers are simply waiting for prices to fall further before \
they commit," Mr Omondi said.

The Kenya Tea Development Agency (KTDA), which manages 71 factories on behalf of more than 600,000 smallholders, said \
the lower prices would reduce the second payment to farmers, popularly known as "bonus", due in October.

"Farmers should brace themselves for a lower bonus this year. We cannot pay what the market has not given us," said \
KTDA chairman Francis Muriuki.

Farmers in Kericho and Bomet told The Standard they were considering uprooting their tea bushes to plant avocado or go \
into dairy.

"I get Sh22 per kilo of green leaf. Fertiliser alone has gone up to Sh3,500 a bag. Tell me how I survive," said Wilson \
Kirui, a farmer in Litein.

Kirui, who owns two acres, said many of his neighbours had stopped applying fertiliser altogether.

Tea Board of Kenya acting chief executive Grace Chepngetich said the regulator was engaging Pakistani and Egyptian \
trade officials to ease payment bottlenecks.

"We are also pushing value addition, so that we are not at the mercy of a handful of markets," she said.

The auction's much-hyped "direct sales window", introduced in 2022 to let producers bypass brokers, has attracted few \
buyers.

Analysts at Sterling Capital said the weak prices would weigh on Kenya's foreign exchange earnings, with tea \
accounting for about a fifth of the country's export revenue.

The Business Daily reported last month that the Treasury was considering a Sh1.5 billion stabilisation fund for tea \
farmers.""", [
        Q("Average tea prices at the Mombasa auction fell to $2.01 (Sh259) per kilo this week, the lowest in two "
          "years, as buyers from key markets Pakistan and Egypt cut back on orders", "indirect",
          "the East African Tea Trade Association", "East African Tea Trade Association"),
        Q("that of the 9.2 million kilos offered at the sale, about 38 per cent went unsold", "indirect",
          "the association", "East African Tea Trade Association", speaker_at="Data from the association"),
        Q("a strong dollar and foreign exchange shortages in Pakistan and Egypt had squeezed buyers", "indirect",
          "George Omondi", "George Omondi"),
        Q('"Our biggest markets are struggling to raise dollars. Some buyers are simply waiting for prices to fall '
          'further before they commit,"', "direct", "Omondi", "George Omondi", speaker_at="Mr Omondi said"),
        Q('the lower prices would reduce the second payment to farmers, popularly known as "bonus", due in October',
          "indirect", "The Kenya Tea Development Agency", "Kenya Tea Development Agency"),
        Q('"Farmers should brace themselves for a lower bonus this year. We cannot pay what the market has not given '
          'us,"', "direct", "Francis Muriuki", "Francis Muriuki"),
        Q("they were considering uprooting their tea bushes to plant avocado or go into dairy", "indirect",
          "Farmers in Kericho and Bomet", None),
        Q('"I get Sh22 per kilo of green leaf. Fertiliser alone has gone up to Sh3,500 a bag. Tell me how I '
          'survive,"', "direct", "Wilson Kirui", "Wilson Kirui"),
        Q("many of his neighbours had stopped applying fertiliser altogether", "indirect", "Kirui", "Wilson Kirui",
          speaker_at="Kirui, who owns"),
        Q("the regulator was engaging Pakistani and Egyptian trade officials to ease payment bottlenecks", "indirect",
          "Grace Chepngetich", "Grace Chepngetich"),
        Q('"We are also pushing value addition, so that we are not at the mercy of a handful of markets,"', "direct",
          "she", "Grace Chepngetich", speaker_at="she said."),
        Q("the weak prices would weigh on Kenya's foreign exchange earnings, with tea accounting for about a fifth "
          "of the country's export revenue", "indirect", "Analysts at Sterling Capital", None),
        Q("that the Treasury was considering a Sh1.5 billion stabilisation fund for tea farmers", "indirect",
          "The Business Daily", "Business Daily"),
    ], source="blind"),
    Case("blind74-likoni-ferry-disruption", """Likoni commuters stranded as KFS withdraws two ferries for repairs

Thousands of commuters were stranded at the Likoni crossing on Monday morning after the Kenya Ferry Services (KFS) \
withdrew two of its vessels for emergency repairs.

In a statement, KFS said MV Jambo and MV Kwale had developed engine faults and would be out of service for at least a \
week.

Only three ferries were operating during the morning rush hour, against a normal deployment of five, the agency said.

"We apologise to our customers for the inconvenience. Our engineers are working day and night to restore the vessels," \
KFS managing director Captain Rashid Mwinyi said.

Mwinyi said the Likoni Floating Bridge would remain open to pedestrians for extended hours until the ferries returned.

Long queues had formed at the Likoni and Mombasa Island ramps by 6am, with some commuters waiting for more than two \
hours.

"We have been here since 5.30am. I will be late for work again, and my boss does not want to hear about ferries," said \
Fatuma Hassan, a hotel worker in Nyali.

Another commuter, Omar Juma, said the crossing had become "a daily nightmare" for residents of the South Coast.

Likoni MP Hamisi Mwaguya said the national government had failed to replace the ageing vessels despite repeated \
promises.

"Some of these ferries are older than the people using them. We cannot keep patching them up," he told the Star.

Mombasa police commander Stephen Ngetich said officers had been deployed to control crowds at the channel.

State broadcaster Kenya Broadcasting Corporation (KBC) reported that two people were treated for minor injuries after \
a stampede at the ramp.

Mombasa County transport executive Mohamed Abdi said the county was ready to provide buses to take passengers to the \
floating bridge.

The Ministry of Roads and Transport said two new ferries would be acquired in the next financial year.

Posters for the agency's "Vuka Salama" safety campaign lined the walls of the waiting bay.""", [
        Q("MV Jambo and MV Kwale had developed engine faults and would be out of service for at least a week",
          "indirect", "KFS", "Kenya Ferry Services", speaker_at="KFS said"),
        Q("Only three ferries were operating during the morning rush hour, against a normal deployment of five",
          "indirect", "the agency", "Kenya Ferry Services", speaker_at="the agency said"),
        Q('"We apologise to our customers for the inconvenience. Our engineers are working day and night to restore '
          'the vessels,"', "direct", "Rashid Mwinyi", "Rashid Mwinyi"),
        Q("the Likoni Floating Bridge would remain open to pedestrians for extended hours until the ferries returned",
          "indirect", "Mwinyi", "Rashid Mwinyi", speaker_at="Mwinyi said the"),
        Q('"We have been here since 5.30am. I will be late for work again, and my boss does not want to hear about '
          'ferries,"', "direct", "Fatuma Hassan", "Fatuma Hassan"),
        Q('"a daily nightmare"', "partial", "Omar Juma", "Omar Juma"),
        Q("the national government had failed to replace the ageing vessels despite repeated promises", "indirect",
          "Hamisi Mwaguya", "Hamisi Mwaguya"),
        Q('"Some of these ferries are older than the people using them. We cannot keep patching them up,"', "direct",
          "he", "Hamisi Mwaguya", speaker_at="he told"),
        Q("officers had been deployed to control crowds at the channel", "indirect", "Stephen Ngetich",
          "Stephen Ngetich"),
        Q("that two people were treated for minor injuries after a stampede at the ramp", "indirect",
          "Kenya Broadcasting Corporation", "Kenya Broadcasting Corporation"),
        Q("the county was ready to provide buses to take passengers to the floating bridge", "indirect", "Mohamed Abdi",
          "Mohamed Abdi"),
        Q("two new ferries would be acquired in the next financial year", "indirect",
          "The Ministry of Roads and Transport", "Ministry of Roads and Transport"),
    ], source="blind"),
    Case("blind74-knec-chemistry-leak", """Knec cancels KCSE chemistry results in 14 schools over paper leak

The Kenya National Examinations Council (Knec) has cancelled the chemistry results of candidates in 14 schools over a \
leak of the paper before the exam.

Knec chief executive Dr Mercy Wanjala said the affected schools were in Kisii, Migori, Bungoma and Kakamega counties.

\u201cOur investigations show that Chemistry Paper Two was photographed at a distribution centre and shared through \
WhatsApp groups hours before the exam,\u201d Dr Wanjala said at a press briefing in Nairobi.

She said that 1,126 candidates were affected and that their mean grades would be computed without the chemistry paper.

Education Cabinet Secretary Peter Langat said the government would not tolerate \u201ccartels\u201d in the examination \
system.

\u201cAnybody found to have participated in this scheme, whether a teacher, a supervisor or a police officer, will \
face the full force of the law,\u201d Mr Langat said.

The Directorate of Criminal Investigations (DCI) said 23 people, including nine teachers and two security officers, \
had been arrested.

According to the Daily Nation, some of the leaked papers were sold for as little as Sh500 each.

Parents at an affected school in Kisii said their children were being punished for the actions of adults.

\u201cMy son did not see any leaked paper. Why should he lose a whole subject?\u201d asked Jane Moraa, a parent.

Kenya Union of Post Primary Education Teachers (Kuppet) secretary-general Joseph Ochieng said teachers should not be \
\u201cmade scapegoats\u201d for failures in the system.

Mr Ochieng said the union would offer legal support to any of its members who were charged.

The leak is the most serious since the introduction of the \u201cmulti-agency\u201d approach to exam administration in \
2016.

Candidates who wish to appeal the decision can do so through the council\u2019s online portal, Dr Wanjala said.""", [
        Q("the affected schools were in Kisii, Migori, Bungoma and Kakamega counties", "indirect", "Mercy Wanjala",
          "Mercy Wanjala"),
        Q("\u201cOur investigations show that Chemistry Paper Two was photographed at a distribution centre and "
          "shared through WhatsApp groups hours before the exam,\u201d", "direct", "Wanjala", "Mercy Wanjala",
          speaker_at="Dr Wanjala said at"),
        Q("that 1,126 candidates were affected and that their mean grades would be computed without the chemistry "
          "paper", "indirect", "She", "Mercy Wanjala", speaker_at="She said that"),
        Q("\u201ccartels\u201d", "partial", "Peter Langat", "Peter Langat"),
        Q("\u201cAnybody found to have participated in this scheme, whether a teacher, a supervisor or a police "
          "officer, will face the full force of the law,\u201d", "direct", "Langat", "Peter Langat",
          speaker_at="Mr Langat said"),
        Q("23 people, including nine teachers and two security officers, had been arrested", "indirect",
          "The Directorate of Criminal Investigations", "Directorate of Criminal Investigations"),
        Q("some of the leaked papers were sold for as little as Sh500 each", "indirect", "the Daily Nation",
          "Daily Nation"),
        Q("their children were being punished for the actions of adults", "indirect",
          "Parents at an affected school in Kisii", None),
        Q("\u201cMy son did not see any leaked paper. Why should he lose a whole subject?\u201d", "direct",
          "Jane Moraa", "Jane Moraa"),
        Q("\u201cmade scapegoats\u201d", "partial", "Joseph Ochieng", "Joseph Ochieng"),
        Q("the union would offer legal support to any of its members who were charged", "indirect", "Ochieng",
          "Joseph Ochieng", speaker_at="Mr Ochieng said"),
        Q("Candidates who wish to appeal the decision can do so through the council\u2019s online portal", "indirect",
          "Wanjala", "Mercy Wanjala", speaker_at="Dr Wanjala said."),
    ], source="blind"),
]
