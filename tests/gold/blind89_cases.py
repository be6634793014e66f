"""Blind gold set 89: short news articles from many outlets, written once.

Written without looking at the pretagger, its output or the other gold sets: only the case format
(gold_format.py) and the worked examples in heldout_cases.py were read. House styles from Caribbean
dailies (Barbados, Guyana), Scottish Borders and Orkney papers, South Korean English-language dailies
and Kenyan county news sites, each with its own quotation marks.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind89-andrews-sugar", """Andrews factory workers in limbo as BAMC confirms closure

More than 140 workers at the Andrews Sugar Factory in St Joseph will be sent home at the end of the current crop, after the Barbados Agricultural Management Company (BAMC) confirmed yesterday that the ageing plant would not reopen.

The factory, known to generations of St Joseph residents as “the Big Yard”, has ground canes from the eastern parishes since 1914.

BAMC chairman Dr Ronald Haynes told Barbados TODAY the decision was taken “with a heavy heart” after engineers advised that repairs to the boilers would cost more than $18 million.

“We simply cannot keep pouring money into a factory that breaks down every other week,” Haynes said. “The numbers do not add up, and the taxpayer cannot carry that burden forever.”

He said that all canes from the eastern parishes would now be ground at the Portvale factory in St James, which is being refitted to handle the extra tonnage.

But workers gathered outside the factory gates yesterday afternoon were in no mood to hear about boilers.

“I give this place 31 years of my life,” said pan boiler Clement Forde, 58, of Bissex Hill. “Nobody come and tell we nothing. We hear it on the radio like everybody else.”

Another worker, who asked not to be named, said staff had been promised a meeting with management in January that never took place.

General Secretary of the Barbados Workers’ Union (BWU) Dennis Clarke said the union had written to the BAMC seeking urgent talks on severance and retraining. “Our members deserve more than a press release,” he said, “and we intend to make sure that every cent owed to them is paid.”

According to Clarke, at least 40 of the affected workers are over the age of 55.

Minister of Agriculture Shawn Gittens, speaking in the House of Assembly on Tuesday, described the closure as “a painful but necessary step” for the industry. He insisted that Government remained committed to sugar and that no cane farmer would be left without a place to deliver his crop.

Independent cane farmer Margaret Alleyne of Joe’s River was not convinced. Haulage to St James would add at least $30 a tonne to her costs, she said.

“If the trucks have to go all the way across the island, small farmers like me finish,” Alleyne told reporters.

In a statement last night, the BAMC said a transition committee would be set up within two weeks and that affected staff would be offered counselling.""", [
        Q("that the ageing plant would not reopen", "indirect", "the Barbados Agricultural Management Company",
          "Barbados Agricultural Management Company"),
        Q("“with a heavy heart”", "partial", "Ronald Haynes", "Ronald Haynes"),
        Q("that repairs to the boilers would cost more than $18 million", "indirect", "engineers", None),
        Q("“We simply cannot keep pouring money into a factory that breaks down every other week,”", "direct",
          "Haynes", "Ronald Haynes", speaker_at="Haynes said"),
        Q("“The numbers do not add up, and the taxpayer cannot carry that burden forever.”", "direct",
          "Haynes", "Ronald Haynes", speaker_at="Haynes said"),
        Q("that all canes from the eastern parishes would now be ground at the Portvale factory in St James, "
          "which is being refitted to handle the extra tonnage", "indirect", "He", "Ronald Haynes",
          speaker_at="He said that all"),
        Q("“I give this place 31 years of my life,”", "direct", "Clement Forde", "Clement Forde"),
        Q("“Nobody come and tell we nothing. We hear it on the radio like everybody else.”", "direct",
          "Clement Forde", "Clement Forde"),
        Q("staff had been promised a meeting with management in January that never took place", "indirect",
          "Another worker", None),
        Q("the union had written to the BAMC seeking urgent talks on severance and retraining", "indirect",
          "Dennis Clarke", "Dennis Clarke"),
        Q("“Our members deserve more than a press release,”", "direct", "he", "Dennis Clarke",
          speaker_at="he said, “and"),
        Q("“and we intend to make sure that every cent owed to them is paid.”", "direct", "he", "Dennis Clarke",
          speaker_at="he said, “and"),
        Q("at least 40 of the affected workers are over the age of 55", "indirect", "Clarke", "Dennis Clarke",
          speaker_at="According to Clarke"),
        Q("“a painful but necessary step”", "partial", "Shawn Gittens", "Shawn Gittens"),
        Q("that Government remained committed to sugar and that no cane farmer would be left without a place to "
          "deliver his crop", "indirect", "He", "Shawn Gittens", speaker_at="He insisted"),
        Q("Haulage to St James would add at least $30 a tonne to her costs", "indirect", "she", "Margaret Alleyne",
          speaker_at="her costs, she said"),
        Q("“If the trucks have to go all the way across the island, small farmers like me finish,”", "direct",
          "Alleyne", "Margaret Alleyne", speaker_at="Alleyne told"),
        Q("a transition committee would be set up within two weeks and that affected staff would be offered "
          "counselling", "indirect", "the BAMC", "Barbados Agricultural Management Company",
          speaker_at="the BAMC said"),
    ], source="blind"),
    Case("blind89-uitvlugt-sugar", """GuySuCo to close Uitvlugt estate at end of second crop

The Guyana Sugar Corporation (GuySuCo) will close the Uitvlugt Estate on the West Coast of Demerara at the end of the second crop, the corporation announced yesterday, putting close to 900 jobs in doubt.

In a statement, GuySuCo said the estate had failed to meet its production targets for six consecutive crops and had lost more than $4 billion since 2019.

Chief Executive Officer Rajendra Baksh told Stabroek News that the decision was "not taken lightly" and that the corporation had explored every option, including leasing the factory to a private operator.

"We looked at this from every angle," Baksh said. "At the end of the day, Uitvlugt is producing sugar at almost three times the world market price, and no business can survive that."

He said workers would be offered transfers to the Albion and Blairmont estates in Berbice where possible.

The Guyana Agricultural and General Workers Union (GAWU) condemned the move. Its General Secretary, Kamal Persaud, said the union had not been consulted and described the announcement as "a betrayal of the sugar workers who kept this industry alive."

"These are families who have lived in the estate villages for generations," Persaud said. "You cannot tell a cane cutter from Zeeburg to pack up and go to Berbice and call that a solution.

"What will happen to the schools, the shops, the whole economy of the West Coast?"

At Uitvlugt yesterday, dozens of workers gathered at the factory compound. One cane harvester, who gave his name only as Dhanraj, said he had worked on the estate since he was 17. "Sugar is all I know," he said.

Residents of nearby Stewartville said they feared the closure would bring a rise in crime and unemployment, as it had in other communities where estates were shut.

Opposition Member of Parliament Nandranie Ramdass has called on the Minister of Agriculture to lay the full feasibility report in the National Assembly. According to Ramdass, the public "has a right to see the numbers" before any decision is finalised.

Agriculture Minister Mahendra Ramnauth, contacted by this newspaper, said he would address the matter in Parliament next week. He added that government was considering plans to convert part of the Uitvlugt lands to aquaculture and other crops under its "Agri-Diversification Programme".

The estate, known across the West Coast as "the Old Lady", began grinding in 1871.""", [
        Q("The Guyana Sugar Corporation (GuySuCo) will close the Uitvlugt Estate on the West Coast of Demerara at "
          "the end of the second crop", "indirect", "the corporation", "Guyana Sugar Corporation",
          speaker_at="the corporation announced"),
        Q("the estate had failed to meet its production targets for six consecutive crops and had lost more than "
          "$4 billion since 2019", "indirect", "GuySuCo", "Guyana Sugar Corporation", speaker_at="GuySuCo said"),
        Q('"not taken lightly"', "partial", "Rajendra Baksh", "Rajendra Baksh"),
        Q("that the corporation had explored every option, including leasing the factory to a private operator",
          "indirect", "Rajendra Baksh", "Rajendra Baksh"),
        Q('"We looked at this from every angle,"', "direct", "Baksh", "Rajendra Baksh", speaker_at="Baksh said"),
        Q('"At the end of the day, Uitvlugt is producing sugar at almost three times the world market price, and '
          'no business can survive that."', "direct", "Baksh", "Rajendra Baksh", speaker_at="Baksh said"),
        Q("workers would be offered transfers to the Albion and Blairmont estates in Berbice where possible",
          "indirect", "He", "Rajendra Baksh", speaker_at="He said workers"),
        Q("the union had not been consulted", "indirect", "Kamal Persaud", "Kamal Persaud"),
        Q('"a betrayal of the sugar workers who kept this industry alive."', "partial", "Kamal Persaud",
          "Kamal Persaud"),
        Q('"These are families who have lived in the estate villages for generations,"', "direct", "Persaud",
          "Kamal Persaud", speaker_at="Persaud said"),
        Q('"You cannot tell a cane cutter from Zeeburg to pack up and go to Berbice and call that a solution.',
          "direct", "Persaud", "Kamal Persaud", speaker_at="Persaud said"),
        Q('"What will happen to the schools, the shops, the whole economy of the West Coast?"', "direct",
          "Persaud", "Kamal Persaud", speaker_at="Persaud said"),
        Q("he had worked on the estate since he was 17", "indirect", "Dhanraj", "Dhanraj"),
        Q('"Sugar is all I know,"', "direct", "he", "Dhanraj", speaker_at='know," he said'),
        Q("they feared the closure would bring a rise in crime and unemployment, as it had in other communities "
          "where estates were shut", "indirect", "Residents of nearby Stewartville", None),
        Q('"has a right to see the numbers"', "partial", "Ramdass", "Nandranie Ramdass",
          speaker_at="According to Ramdass"),
        Q("he would address the matter in Parliament next week", "indirect", "Mahendra Ramnauth",
          "Mahendra Ramnauth"),
        Q('that government was considering plans to convert part of the Uitvlugt lands to aquaculture and other '
          'crops under its "Agri-Diversification Programme"', "indirect", "He", "Mahendra Ramnauth",
          speaker_at="He added"),
    ], source="blind"),
    Case("blind89-yarrow-school", """Parents vow to fight plan to merge valley schools

Parents in the Yarrow valley have vowed to fight Scottish Borders Council proposals to merge two of the region’s smallest primary schools.

Under plans due to go before the council’s education committee next month, pupils at Yarrow Primary, which has just nine children on its roll, would move to an enlarged Ettrickbridge Primary from August 2026.

Council officers say the merger would give children ‘a richer social and learning experience’ and save around £180,000 a year.

But Yarrow parent council chair Fiona Laidlaw said families had been left ‘blindsided’.

‘We found out from a letter sent home in a school bag,’ she told the Southern. ‘Nobody from the council has set foot in the valley to talk to us.’

Mrs Laidlaw said the daily round trip for some pupils would be more than 40 miles on single-track roads. ‘In a bad winter, that road closes,’ she added. ‘Are they going to tell a five-year-old to sit on a bus for an hour each way?’

Executive member for education Councillor Graeme Turnbull insisted no final decision had been taken.

‘This is the start of a statutory consultation, not the end of one,’ he said. ‘I would urge every parent to come to the public meeting and make their voice heard.’

Councillor Turnbull added that falling rolls were a challenge right across rural Scotland, and that the proposal formed part of the council’s ‘Learning Estate 2030’ strategy.

According to the council’s own consultation paper, the roll at Yarrow has fallen by more than half in ten years and is projected to drop to six by 2028.

A council spokesperson said staff at both schools would be ‘fully supported’ through any change.

Ettrick, Roxburgh and Berwickshire MSP Euan Rutherford told the Southern that rural schools were ‘the glue that holds our communities together’.

‘Once a village school goes, young families stop moving in,’ he said. ‘It’s a one-way street.’

The campaign group Save Yarrow School, which launched an online petition last weekend, said it had gathered more than 1,200 signatures by Tuesday.

A public meeting will be held in Yarrow Hall on Thursday, March 12, at 7pm.""", [
        Q("‘a richer social and learning experience’", "partial", "Council officers", None),
        Q("‘blindsided’", "partial", "Fiona Laidlaw", "Fiona Laidlaw"),
        Q("‘We found out from a letter sent home in a school bag,’", "direct", "she", "Fiona Laidlaw",
          speaker_at="she told"),
        Q("‘Nobody from the council has set foot in the valley to talk to us.’", "direct", "she", "Fiona Laidlaw",
          speaker_at="she told"),
        Q("the daily round trip for some pupils would be more than 40 miles on single-track roads", "indirect",
          "Laidlaw", "Fiona Laidlaw", speaker_at="Mrs Laidlaw said"),
        Q("‘In a bad winter, that road closes,’", "direct", "she", "Fiona Laidlaw", speaker_at="she added"),
        Q("‘Are they going to tell a five-year-old to sit on a bus for an hour each way?’", "direct", "she",
          "Fiona Laidlaw", speaker_at="she added"),
        Q("no final decision had been taken", "indirect", "Graeme Turnbull", "Graeme Turnbull"),
        Q("‘This is the start of a statutory consultation, not the end of one,’", "direct", "he", "Graeme Turnbull",
          speaker_at="he said. ‘I would"),
        Q("‘I would urge every parent to come to the public meeting and make their voice heard.’", "direct", "he",
          "Graeme Turnbull", speaker_at="he said. ‘I would"),
        Q("that falling rolls were a challenge right across rural Scotland, and that the proposal formed part of "
          "the council’s ‘Learning Estate 2030’ strategy", "indirect", "Turnbull", "Graeme Turnbull",
          speaker_at="Councillor Turnbull added"),
        Q("the roll at Yarrow has fallen by more than half in ten years and is projected to drop to six by 2028",
          "indirect", "the council’s own consultation paper", None),
        Q("‘fully supported’", "partial", "A council spokesperson", None),
        Q("‘the glue that holds our communities together’", "partial", "Euan Rutherford", "Euan Rutherford"),
        Q("‘Once a village school goes, young families stop moving in,’", "direct", "he", "Euan Rutherford",
          speaker_at="he said. ‘It’s"),
        Q("‘It’s a one-way street.’", "direct", "he", "Euan Rutherford", speaker_at="he said. ‘It’s"),
        Q("it had gathered more than 1,200 signatures by Tuesday", "indirect", "Save Yarrow School",
          "Save Yarrow School"),
    ], source="blind"),
    Case("blind89-westray-ferry", """Islanders angry as North Isles ferry timetable cut

Islanders in Westray and Papa Westray have reacted angrily to a new winter timetable which will see the last weekday sailing from Kirkwall brought forward by almost two hours.

The changes, confirmed by Orkney Ferries this week, will come into effect on October 27 and run until the end of March.

Under the new timetable, the MV Earl Thorfinn will leave Kirkwall for Rapness at 5pm on weekdays, instead of 6.45pm, while the Sunday service will be cut from two return sailings to one.

Orkney Ferries said the changes were needed because of a shortage of qualified crew and the rising cost of overtime.

“We know that this is not what people in the islands want to hear,” said ferry services manager Sandy Drever. “But we cannot run a safe service without enough certificated crew, and at the moment we simply do not have them.”

Mr Drever said recruitment had been “extremely challenging” and that the company was working with Orkney College to train new deckhands.

North Isles councillor Ingrid Rendall described the decision as “a kick in the teeth” for island communities.

“Folk who work in Kirkwall will not be able to get home at night unless they leave their work early,” she said. “For a young family thinking of moving to Westray, this is exactly the wrong message.”

Councillor Rendall said she would raise the matter at next month’s meeting of the council’s development and infrastructure committee.

Westray Development Trust chairman Colin Harcus told The Orcadian that local businesses had not been consulted. According to Mr Harcus, the island’s fish processing plant relies on the evening sailing to get its product to market.

“If the lorry can’t get off the island until the next morning, that’s a day’s shelf life gone,” he said.

An Orkney Islands Council spokesperson said the timetable would be “kept under review” and that additional sailings could be laid on for special events.

Papay resident Joyce Tulloch, 74, said the Sunday cut would leave older people unable to visit relatives in the Balfour. “It’s a lifeline, not a luxury,” she said.

The revised timetable is available on the Orkney Ferries website, where it is listed under “Winter 2024/25”.""", [
        Q("the changes were needed because of a shortage of qualified crew and the rising cost of overtime",
          "indirect", "Orkney Ferries", "Orkney Ferries", speaker_at="Orkney Ferries said"),
        Q("“We know that this is not what people in the islands want to hear,”", "direct", "Sandy Drever",
          "Sandy Drever"),
        Q("“But we cannot run a safe service without enough certificated crew, and at the moment we simply do not "
          "have them.”", "direct", "Sandy Drever", "Sandy Drever"),
        Q("“extremely challenging”", "partial", "Drever", "Sandy Drever", speaker_at="Mr Drever said"),
        Q("that the company was working with Orkney College to train new deckhands", "indirect", "Drever",
          "Sandy Drever", speaker_at="Mr Drever said"),
        Q("“a kick in the teeth”", "partial", "Ingrid Rendall", "Ingrid Rendall"),
        Q("“Folk who work in Kirkwall will not be able to get home at night unless they leave their work early,”",
          "direct", "she", "Ingrid Rendall", speaker_at="early,” she said"),
        Q("“For a young family thinking of moving to Westray, this is exactly the wrong message.”", "direct", "she",
          "Ingrid Rendall", speaker_at="early,” she said"),
        Q("she would raise the matter at next month’s meeting of the council’s development and infrastructure "
          "committee", "indirect", "Rendall", "Ingrid Rendall", speaker_at="Councillor Rendall said"),
        Q("that local businesses had not been consulted", "indirect", "Colin Harcus", "Colin Harcus"),
        Q("the island’s fish processing plant relies on the evening sailing to get its product to market",
          "indirect", "Harcus", "Colin Harcus", speaker_at="According to Mr Harcus"),
        Q("“If the lorry can’t get off the island until the next morning, that’s a day’s shelf life gone,”",
          "direct", "he", "Colin Harcus", speaker_at="gone,” he said"),
        Q("“kept under review”", "partial", "An Orkney Islands Council spokesperson", None),
        Q("that additional sailings could be laid on for special events", "indirect",
          "An Orkney Islands Council spokesperson", None),
        Q("the Sunday cut would leave older people unable to visit relatives in the Balfour", "indirect",
          "Joyce Tulloch", "Joyce Tulloch"),
        Q("“It’s a lifeline, not a luxury,”", "direct", "she", "Joyce Tulloch", speaker_at="luxury,” she said"),
    ], source="blind"),
    Case("blind89-geoje-strike", """Subcontract workers at Geoje shipyard walk out over wages

Hundreds of subcontracted workers at Hanwha Ocean's shipyard on Geoje Island went on strike Tuesday, demanding a 15 percent pay raise and the restoration of bonuses cut during the industry's long downturn.

According to the Geoje-Tongyeong-Goseong shipbuilding subcontractors' branch of the Korean Metal Workers' Union, about 600 welders, painters and pipe fitters employed by 22 in-house subcontractors joined the walkout.

"Shipbuilders are posting record orders, but the people who actually build the ships are paid less than they were 10 years ago," branch chief Park Sung-woo said at a rally outside the shipyard's west gate. "We are not asking for a favor. We are asking for our share."

Park said the union would stage a sit-in at the dry dock if talks did not resume by the end of the week.

Hanwha Ocean said the subcontractors are independent companies and that wage negotiations were "a matter between them and their employees."

A company official, who asked not to be named, told The Korea Herald that production had not yet been disrupted but that a prolonged strike could delay the delivery of two LNG carriers due in September.

The Ministry of Employment and Labor said it was monitoring the situation closely.

Lee Young-joo, a 52-year-old welder who has worked at the yard for 19 years, said his take-home pay was about 2.8 million won ($2,050) a month. "I can't tell my son to work in shipbuilding," he said. "Not like this."

Industry watchers say the dispute reflects a deeper problem. Shipbuilders rely heavily on subcontracted and migrant labor, and the so-called "multi-layered subcontracting" structure leaves workers at the bottom with little bargaining power, according to Yang Jin-ho, a labor economist at Gyeongsang National University.

"Unless the prime contractors take some responsibility for wages down the chain, we will see this kind of conflict every year," Yang said.

The Korea Offshore & Shipbuilding Association said in a statement that the industry faces a shortage of some 14,000 production workers, and called for a "social dialogue" on working conditions.

Local broadcaster KNN reported that police had deployed about 300 officers near the shipyard gates Tuesday afternoon.

In 2022, a 51-day strike by subcontract workers at the same yard, then owned by Daewoo Shipbuilding & Marine Engineering, ended after union members occupied a dock, costing the company an estimated 800 billion won.""", [
        Q("about 600 welders, painters and pipe fitters employed by 22 in-house subcontractors joined the walkout",
          "indirect", "the Geoje-Tongyeong-Goseong shipbuilding subcontractors' branch of the Korean Metal Workers' "
          "Union", "Geoje-Tongyeong-Goseong shipbuilding subcontractors' branch of the Korean Metal Workers' Union"),
        Q('"Shipbuilders are posting record orders, but the people who actually build the ships are paid less than '
          'they were 10 years ago,"', "direct", "Park Sung-woo", "Park Sung-woo"),
        Q('"We are not asking for a favor. We are asking for our share."', "direct", "Park Sung-woo",
          "Park Sung-woo"),
        Q("the union would stage a sit-in at the dry dock if talks did not resume by the end of the week",
          "indirect", "Park", "Park Sung-woo", speaker_at="Park said"),
        Q("the subcontractors are independent companies", "indirect", "Hanwha Ocean", "Hanwha Ocean",
          speaker_at="Hanwha Ocean said"),
        Q('"a matter between them and their employees."', "partial", "Hanwha Ocean", "Hanwha Ocean",
          speaker_at="Hanwha Ocean said"),
        Q("that production had not yet been disrupted but that a prolonged strike could delay the delivery of two "
          "LNG carriers due in September", "indirect", "A company official", None),
        Q("it was monitoring the situation closely", "indirect", "The Ministry of Employment and Labor",
          "Ministry of Employment and Labor"),
        Q("his take-home pay was about 2.8 million won ($2,050) a month", "indirect", "Lee Young-joo",
          "Lee Young-joo"),
        Q("\"I can't tell my son to work in shipbuilding,\"", "direct", "he", "Lee Young-joo",
          speaker_at='shipbuilding," he said'),
        Q('"Not like this."', "direct", "he", "Lee Young-joo", speaker_at='shipbuilding," he said'),
        Q("the dispute reflects a deeper problem", "indirect", "Industry watchers", None),
        Q('Shipbuilders rely heavily on subcontracted and migrant labor, and the so-called "multi-layered '
          'subcontracting" structure leaves workers at the bottom with little bargaining power', "indirect",
          "Yang Jin-ho", "Yang Jin-ho"),
        Q('"Unless the prime contractors take some responsibility for wages down the chain, we will see this kind '
          'of conflict every year,"', "direct", "Yang", "Yang Jin-ho", speaker_at="Yang said"),
        Q("that the industry faces a shortage of some 14,000 production workers", "indirect",
          "The Korea Offshore & Shipbuilding Association", "Korea Offshore & Shipbuilding Association"),
        Q('"social dialogue"', "partial", "The Korea Offshore & Shipbuilding Association",
          "Korea Offshore & Shipbuilding Association"),
        Q("that police had deployed about 300 officers near the shipyard gates Tuesday afternoon", "indirect",
          "KNN", "KNN"),
    ], source="blind"),
    Case("blind89-rice-tender", """S. Korea to import 110,000 tons of rice, issues first tender

SEJONG, March 4 (Yonhap) -- South Korea will import 110,000 tons of rice from the United States, China and Vietnam in the first half of the year under its tariff-rate quota, the agriculture ministry said Tuesday, as farmers warned the shipments could further depress domestic prices.

The state-run Korea Agro-Fisheries & Food Trade Corp. (aT) issued an international tender on Monday for the first batch of 45,000 tons of non-glutinous rice for processing use, with bids to close on March 18, according to the Ministry of Agriculture, Food and Rural Affairs.

The ministry said the imported rice will be used mainly for processed foods such as rice cakes, alcoholic beverages and snacks, and will not be released into the market for table rice.

"The imports are an obligation under our trade agreements, and we will manage them so that they do not affect the price of domestic rice," a ministry official told Yonhap News Agency.

Under its 2015 deal with the World Trade Organization, South Korea opened its rice market with a 513 percent tariff but must import 408,700 tons a year at a 5 percent tariff under country-specific and global quotas.

Farmers' groups, however, remained skeptical.

The Korean Peasants League said in a statement that the government's assurances were "empty words," noting that the price of a 20-kilogram bag of rice had fallen about 12 percent from a year earlier.

"Every year the government says imported rice will not reach the market, and every year farmers pay the price," league chairman Jeon Byeong-gwan said. "We demand that the quota be renegotiated."

Jeon said the league would hold a rally in front of the National Assembly later this month.

Kim Dae-sung, a researcher at the Korea Rural Economic Institute, said rice consumption per person fell to a record low of 55.8 kilograms last year, adding that the surplus problem was "structural rather than seasonal."

"Imports are a small part of the picture," Kim said. "The bigger issue is that Koreans are simply eating less rice."

The ministry said it plans to buy up an additional 100,000 tons of rice from this year's harvest to stabilize prices.

In a separate release, the aT said successful bidders must ship the first batch by the end of May and meet residual pesticide standards.

Industry sources said U.S. and Chinese exporters were expected to bid aggressively, as prices in the international market had eased since last summer.

(END)""", [
        Q("South Korea will import 110,000 tons of rice from the United States, China and Vietnam in the first "
          "half of the year under its tariff-rate quota", "indirect", "the agriculture ministry",
          "Ministry of Agriculture, Food and Rural Affairs"),
        Q("the shipments could further depress domestic prices", "indirect", "farmers", None,
          speaker_at="farmers warned"),
        Q("The state-run Korea Agro-Fisheries & Food Trade Corp. (aT) issued an international tender on Monday for "
          "the first batch of 45,000 tons of non-glutinous rice for processing use, with bids to close on March 18",
          "indirect", "the Ministry of Agriculture, Food and Rural Affairs",
          "Ministry of Agriculture, Food and Rural Affairs"),
        Q("the imported rice will be used mainly for processed foods such as rice cakes, alcoholic beverages and "
          "snacks, and will not be released into the market for table rice", "indirect", "The ministry",
          "Ministry of Agriculture, Food and Rural Affairs", speaker_at="The ministry said the imported"),
        Q('"The imports are an obligation under our trade agreements, and we will manage them so that they do not '
          'affect the price of domestic rice,"', "direct", "a ministry official", None),
        Q('"empty words,"', "partial", "The Korean Peasants League", "Korean Peasants League"),
        Q("that the price of a 20-kilogram bag of rice had fallen about 12 percent from a year earlier", "indirect",
          "The Korean Peasants League", "Korean Peasants League"),
        Q('"Every year the government says imported rice will not reach the market, and every year farmers pay '
          'the price,"', "direct", "Jeon Byeong-gwan", "Jeon Byeong-gwan"),
        Q('"We demand that the quota be renegotiated."', "direct", "Jeon Byeong-gwan", "Jeon Byeong-gwan"),
        Q("the league would hold a rally in front of the National Assembly later this month", "indirect", "Jeon",
          "Jeon Byeong-gwan", speaker_at="Jeon said"),
        Q("rice consumption per person fell to a record low of 55.8 kilograms last year", "indirect",
          "Kim Dae-sung", "Kim Dae-sung"),
        Q('"structural rather than seasonal."', "partial", "Kim Dae-sung", "Kim Dae-sung"),
        Q('"Imports are a small part of the picture,"', "direct", "Kim", "Kim Dae-sung", speaker_at="Kim said"),
        Q('"The bigger issue is that Koreans are simply eating less rice."', "direct", "Kim", "Kim Dae-sung",
          speaker_at="Kim said"),
        Q("it plans to buy up an additional 100,000 tons of rice from this year's harvest to stabilize prices",
          "indirect", "The ministry", "Ministry of Agriculture, Food and Rural Affairs",
          speaker_at="The ministry said it plans"),
        Q("successful bidders must ship the first batch by the end of May and meet residual pesticide standards",
          "indirect", "the aT", "Korea Agro-Fisheries & Food Trade Corp."),
        Q("U.S. and Chinese exporters were expected to bid aggressively, as prices in the international market had "
          "eased since last summer", "indirect", "Industry sources", None),
    ], source="blind"),
    Case("blind89-kisumu-health", """Kisumu health workers down tools over delayed salaries

Services at public hospitals in Kisumu county were paralysed on Monday after more than 1,500 health workers went on strike over delayed salaries and unpaid promotions.

Patients at the Kisumu County Referral Hospital and several sub-county facilities were turned away, with only a handful of doctors attending to emergencies.

Kenya National Union of Nurses (KNUN) Kisumu branch secretary Caroline Awino said workers had not been paid their March and April salaries.

“Our members have been patient for too long. They cannot pay rent, they cannot pay school fees, and yet they are expected to report to work every morning,” Awino told journalists outside the county headquarters.

She said the county had also failed to implement promotions agreed on in a return-to-work formula signed in December last year.

“We signed that agreement in good faith,” she said. “The county has treated it like a piece of paper.”

Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) Nyanza branch secretary Dr Kevin Odhiambo said doctors would join the strike from Wednesday if the arrears were not cleared.

According to Odhiambo, at least 46 doctors in the county have not been confirmed on permanent and pensionable terms despite serving for more than three years.

But county health executive Dr Fredrick Oluoch said the delays were caused by late disbursement of funds from the National Treasury.

“The county is not withholding anybody’s salary. We have not received our equitable share for two months,” Oluoch said, adding that salaries would be paid “as soon as the money hits our account”.

He urged the workers to return to their stations, saying the strike was putting lives at risk.

The county’s flagship “Afya Mashinani” programme, which sends nurses into villages, has also been suspended.

At the Kisumu County Referral Hospital, Jane Akinyi, who had brought her three-year-old son for treatment, said she had waited since 7am without seeing a nurse.

“If you do not have money for a private hospital, you just go home and pray,” she said.

The Council of Governors said last week that counties were owed more than Sh60 billion in delayed disbursements.""", [
        Q("workers had not been paid their March and April salaries", "indirect", "Caroline Awino",
          "Caroline Awino"),
        Q("“Our members have been patient for too long. They cannot pay rent, they cannot pay school fees, and yet "
          "they are expected to report to work every morning,”", "direct", "Awino", "Caroline Awino",
          speaker_at="Awino told"),
        Q("the county had also failed to implement promotions agreed on in a return-to-work formula signed in "
          "December last year", "indirect", "She", "Caroline Awino", speaker_at="She said the county"),
        Q("“We signed that agreement in good faith,”", "direct", "she", "Caroline Awino",
          speaker_at="faith,” she said"),
        Q("“The county has treated it like a piece of paper.”", "direct", "she", "Caroline Awino",
          speaker_at="faith,” she said"),
        Q("doctors would join the strike from Wednesday if the arrears were not cleared", "indirect",
          "Kevin Odhiambo", "Kevin Odhiambo"),
        Q("at least 46 doctors in the county have not been confirmed on permanent and pensionable terms despite "
          "serving for more than three years", "indirect", "Odhiambo", "Kevin Odhiambo",
          speaker_at="According to Odhiambo"),
        Q("the delays were caused by late disbursement of funds from the National Treasury", "indirect",
          "Fredrick Oluoch", "Fredrick Oluoch"),
        Q("“The county is not withholding anybody’s salary. We have not received our equitable share for two "
          "months,”", "direct", "Oluoch", "Fredrick Oluoch", speaker_at="Oluoch said, adding"),
        Q("“as soon as the money hits our account”", "partial", "Oluoch", "Fredrick Oluoch",
          speaker_at="Oluoch said, adding"),
        Q("the strike was putting lives at risk", "indirect", "He", "Fredrick Oluoch", speaker_at="He urged"),
        Q("she had waited since 7am without seeing a nurse", "indirect", "Jane Akinyi", "Jane Akinyi"),
        Q("“If you do not have money for a private hospital, you just go home and pray,”", "direct", "she",
          "Jane Akinyi", speaker_at="pray,” she said"),
        Q("that counties were owed more than Sh60 billion in delayed disbursements", "indirect",
          "The Council of Governors", "Council of Governors"),
    ], source="blind"),
    Case("blind89-kakamega-clinical", """Kakamega clinical officers issue 14-day strike notice over pay review

Clinical officers in Kakamega County have issued a 14-day strike notice, accusing the county government of failing to implement a salary review agreed on two years ago.

Speaking in Kakamega town on Thursday, the Kenya Union of Clinical Officers (KUCO) Kakamega branch chairman, Mr. Jackson Wanjala, said about 320 officers were still earning less than their counterparts in neighbouring counties.

"We are tired of promises. If by the end of the notice period nothing has been done, our members will withdraw their services from all county facilities," Wanjala said.

He said the union had written three letters to the County Public Service Board, none of which had been answered.

The branch secretary, Ms. Beatrice Nafula, said the dispute was not only about money.

"Some of our members have been in the same job group for eight years. How do you motivate a person like that?" posed Nafula.

She added that clinical officers posted to remote health centres in Lugari and Likuyani were working night shifts without a risk allowance.

Officers at Malava Sub-County Hospital told KNA they had already started a go-slow.

Responding to the notice, County Executive Committee Member for Health Dr. Samuel Mukhwana said the county had set aside Sh120 million in the supplementary budget to cater for the review.

"The money is there. We are only waiting for the County Assembly to approve the supplementary estimates, and once that is done the officers will be paid," said Dr. Mukhwana.

He appealed to the officers to give dialogue a chance, noting that the county had only recently recovered from a 70-day nurses' strike that left patients stranded.

Kakamega County Assembly Health Committee chairperson Hon. Elizabeth Makokha said the committee would table the supplementary estimates next Tuesday. According to Makokha, the delay had been caused by "technical issues" at the Office of the Controller of Budget.

A patient at the Kakamega County General Hospital, Mr. Peter Shikuku, urged both sides to resolve the matter quickly. "When they fight, it is us, the poor, who suffer," he said.

The Salaries and Remuneration Commission (SRC) has in the past warned that counties should not enter into agreements they cannot fund.""", [
        Q("about 320 officers were still earning less than their counterparts in neighbouring counties", "indirect",
          "Jackson Wanjala", "Jackson Wanjala"),
        Q('"We are tired of promises. If by the end of the notice period nothing has been done, our members will '
          'withdraw their services from all county facilities,"', "direct", "Wanjala", "Jackson Wanjala",
          speaker_at="Wanjala said"),
        Q("the union had written three letters to the County Public Service Board, none of which had been answered",
          "indirect", "He", "Jackson Wanjala", speaker_at="He said the union"),
        Q("the dispute was not only about money", "indirect", "Beatrice Nafula", "Beatrice Nafula"),
        Q('"Some of our members have been in the same job group for eight years. How do you motivate a person like '
          'that?"', "direct", "Nafula", "Beatrice Nafula", speaker_at="posed Nafula"),
        Q("that clinical officers posted to remote health centres in Lugari and Likuyani were working night shifts "
          "without a risk allowance", "indirect", "She", "Beatrice Nafula", speaker_at="She added"),
        Q("they had already started a go-slow", "indirect", "Officers at Malava Sub-County Hospital", None),
        Q("the county had set aside Sh120 million in the supplementary budget to cater for the review", "indirect",
          "Samuel Mukhwana", "Samuel Mukhwana"),
        Q('"The money is there. We are only waiting for the County Assembly to approve the supplementary '
          'estimates, and once that is done the officers will be paid,"', "direct", "Mukhwana", "Samuel Mukhwana",
          speaker_at="said Dr. Mukhwana"),
        Q("that the county had only recently recovered from a 70-day nurses' strike that left patients stranded",
          "indirect", "He", "Samuel Mukhwana", speaker_at="He appealed"),
        Q("the committee would table the supplementary estimates next Tuesday", "indirect", "Elizabeth Makokha",
          "Elizabeth Makokha"),
        Q('"technical issues"', "partial", "Makokha", "Elizabeth Makokha", speaker_at="According to Makokha"),
        Q('"When they fight, it is us, the poor, who suffer,"', "direct", "he", "Peter Shikuku",
          speaker_at='suffer," he said'),
        Q("that counties should not enter into agreements they cannot fund", "indirect",
          "The Salaries and Remuneration Commission", "Salaries and Remuneration Commission"),
    ], source="blind"),
    Case("blind89-qeh-ward", """QEH shuts medical ward for roof repairs

The Queen Elizabeth Hospital (QEH) will temporarily close its C5 medical ward from Monday to allow for urgent roof repairs, hospital officials announced yesterday.

Patients on the 28-bed ward will be moved to other wards or, where appropriate, discharged to the care of polyclinics, chief executive officer Dr Carlos Greaves said.

"This is not a decision we take lightly, but the safety of our patients and staff must come first," Greaves told the DAILY NATION. "During the recent heavy rains, water came through the ceiling in two places, and we cannot allow that to happen again."

He said the work was expected to take about eight weeks and would be carried out under the hospital's "Project Renewal" maintenance programme.

The president of the Barbados Nurses Association (BNA), Sister Marilyn Hinds, said nurses had raised concerns about leaks on the ward "for at least three years".

"Our nurses have been putting buckets on the floor and moving beds around to avoid the water," Hinds said. "It's not the kind of care anyone would want for their mother."

She warned that closing the ward would put more pressure on the Accident and Emergency Department, where patients already wait days for a bed.

The Ministry of Health and Wellness said in a statement that it had approved $1.2 million for the repairs. Contractors would begin work "immediately", the statement added.

Opposition senator Ryan Walcott called the closure "a symptom of years of neglect" at the island's only public general hospital.

Relatives of patients on the ward said they had only learnt of the move through social media. One woman, whose father has been on C5 for three weeks, said: "Nobody explained anything. They just told us he would be moved to another floor."

The QEH said in a follow-up release last night that visiting hours on the receiving wards would be extended.""", [
        Q("The Queen Elizabeth Hospital (QEH) will temporarily close its C5 medical ward from Monday to allow for "
          "urgent roof repairs", "indirect", "hospital officials", None),
        Q("Patients on the 28-bed ward will be moved to other wards or, where appropriate, discharged to the care "
          "of polyclinics", "indirect", "Carlos Greaves", "Carlos Greaves"),
        Q('"This is not a decision we take lightly, but the safety of our patients and staff must come first,"',
          "direct", "Greaves", "Carlos Greaves", speaker_at="Greaves told"),
        Q('"During the recent heavy rains, water came through the ceiling in two places, and we cannot allow that '
          'to happen again."', "direct", "Greaves", "Carlos Greaves", speaker_at="Greaves told"),
        Q("the work was expected to take about eight weeks and would be carried out under the hospital's "
          "\"Project Renewal\" maintenance programme", "indirect", "He", "Carlos Greaves",
          speaker_at="He said the work"),
        Q('"for at least three years"', "partial", "Marilyn Hinds", "Marilyn Hinds"),
        Q('"Our nurses have been putting buckets on the floor and moving beds around to avoid the water,"',
          "direct", "Hinds", "Marilyn Hinds", speaker_at="Hinds said"),
        Q("\"It's not the kind of care anyone would want for their mother.\"", "direct", "Hinds", "Marilyn Hinds",
          speaker_at="Hinds said"),
        Q("that closing the ward would put more pressure on the Accident and Emergency Department, where patients "
          "already wait days for a bed", "indirect", "She", "Marilyn Hinds", speaker_at="She warned"),
        Q("that it had approved $1.2 million for the repairs", "indirect", "The Ministry of Health and Wellness",
          "Ministry of Health and Wellness"),
        Q('"immediately"', "partial", "the statement", "Ministry of Health and Wellness",
          speaker_at="the statement added"),
        Q('"a symptom of years of neglect"', "partial", "Ryan Walcott", "Ryan Walcott"),
        Q("they had only learnt of the move through social media", "indirect", "Relatives of patients on the ward",
          None),
        Q('"Nobody explained anything. They just told us he would be moved to another floor."', "direct",
          "One woman", None),
        Q("that visiting hours on the receiving wards would be extended", "indirect", "The QEH",
          "Queen Elizabeth Hospital"),
    ], source="blind"),
    Case("blind89-hay-lodge-ward", """Anger as Peebles hospital ward to close for six months

NHS Borders is to close the inpatient ward at Hay Lodge Hospital in Peebles for at least six months, the health board has confirmed.

The 22-bed ward, which mainly cares for older patients recovering from surgery or illness, will shut on November 4. Staff will be redeployed to the Borders General Hospital near Melrose and to community teams in Tweeddale.

In a statement, NHS Borders said the move was 'temporary' and had been forced by 'significant and ongoing' nursing vacancies.

Director of nursing Moira Douglas said: 'We have tried everything to keep the ward open, including agency staff and overtime, but we have reached a point where we can no longer guarantee safe staffing levels.

'I want to reassure the people of Tweeddale that this is not a permanent closure.'

Mrs Douglas said patients would be offered beds at the BGH or, where possible, care at home with support from the hospital-at-home service.

But Tweeddale East councillor Hamish Pringle said many local people would 'simply not believe' the ward would ever reopen.

'We've heard the word temporary before,' he told the Border Telegraph. 'When families have to make a 50-mile round trip to visit an elderly relative in Melrose, they lose touch. And that affects recovery.'

He said he had asked for an urgent meeting with the health board's chief executive.

Peebles and District Community Council secretary Ann Renwick said members had been told of the decision only the day before it was made public. According to Mrs Renwick, the community council is planning a public meeting for later this month.

Unison Borders Health Branch said staff had been given 'no meaningful consultation' on the redeployment. A branch spokesman said: 'Our members care deeply about their patients and about Hay Lodge. They deserve to be treated with respect.'

A Scottish Government spokesperson said decisions on local services were a matter for NHS Borders, but that ministers expected the board to 'engage fully' with the community.

The ward, known to generations of Peebles folk simply as 'the Lodge', opened in 1968.""", [
        Q("NHS Borders is to close the inpatient ward at Hay Lodge Hospital in Peebles for at least six months",
          "indirect", "the health board", "NHS Borders", speaker_at="the health board has confirmed"),
        Q("'temporary'", "partial", "NHS Borders", "NHS Borders", speaker_at="NHS Borders said"),
        Q("'significant and ongoing'", "partial", "NHS Borders", "NHS Borders", speaker_at="NHS Borders said"),
        Q("'We have tried everything to keep the ward open, including agency staff and overtime, but we have "
          "reached a point where we can no longer guarantee safe staffing levels.", "direct", "Moira Douglas",
          "Moira Douglas"),
        Q("'I want to reassure the people of Tweeddale that this is not a permanent closure.'", "direct",
          "Moira Douglas", "Moira Douglas"),
        Q("patients would be offered beds at the BGH or, where possible, care at home with support from the "
          "hospital-at-home service", "indirect", "Douglas", "Moira Douglas", speaker_at="Mrs Douglas said"),
        Q("'simply not believe'", "partial", "Hamish Pringle", "Hamish Pringle"),
        Q("'We've heard the word temporary before,'", "direct", "he", "Hamish Pringle", speaker_at="he told"),
        Q("'When families have to make a 50-mile round trip to visit an elderly relative in Melrose, they lose "
          "touch. And that affects recovery.'", "direct", "he", "Hamish Pringle", speaker_at="he told"),
        Q("he had asked for an urgent meeting with the health board's chief executive", "indirect", "He",
          "Hamish Pringle", speaker_at="He said he had"),
        Q("members had been told of the decision only the day before it was made public", "indirect",
          "Ann Renwick", "Ann Renwick"),
        Q("the community council is planning a public meeting for later this month", "indirect", "Renwick",
          "Ann Renwick", speaker_at="According to Mrs Renwick"),
        Q("'no meaningful consultation'", "partial", "Unison Borders Health Branch", "Unison Borders Health Branch"),
        Q("'Our members care deeply about their patients and about Hay Lodge. They deserve to be treated with "
          "respect.'", "direct", "A branch spokesman", None),
        Q("decisions on local services were a matter for NHS Borders", "indirect",
          "A Scottish Government spokesperson", None),
        Q("'engage fully'", "partial", "A Scottish Government spokesperson", None),
    ], source="blind"),
    Case("blind89-cheongju-stadium", """Cheongju FC unveils plan for 15,000-seat football-only stadium

K League 2 side Chungbuk Cheongju FC on Wednesday unveiled plans for a 15,000-seat football-only stadium in the city's Heungdeok District. The club says the project is key to its hopes of winning promotion to the top flight.

The stadium, estimated to cost 180 billion won ($130 million), would replace the aging Cheongju Sports Complex, which was built in 1965 and has a running track separating fans from the pitch.

"Our fans deserve a stadium where they can feel the game, not watch it from 50 meters away," club CEO Kim Hyun-joo said at a press conference at Cheongju City Hall. "This is about the future of football in North Chungcheong."

Kim said the club hoped to break ground in 2026 and play its first match at the new venue at the start of the 2029 season.

According to the Cheongju city government, about 60 percent of the cost would be covered by the city and the provincial government, with the rest coming from the central government and private investors.

Cheongju Mayor Shin Dong-hoon said the stadium would "become a landmark for the whole region." He added that it would host concerts and other events when not in use for football.

The Korea Professional Football League, which runs the K League, said it welcomed the plan, adding that football-only stadiums had helped clubs such as Daegu FC increase attendance. Daegu's compact "Dae-Park" has sold out regularly since it opened in 2019.

Not everyone is convinced. Civic group Cheongju Citizens' Solidarity for Participation said in a statement that the city should prioritize public transport and child care, calling the stadium "a vanity project for a second-division club."

Park Mi-ran, a 41-year-old resident of Gagyeong-dong, near the proposed site, told the JoongAng Daily that she worried about traffic and noise on match days. "There is already nowhere to park on weekends," she said.

City council member Oh Jae-hyuk said the council would scrutinize the budget closely. "We need to see a proper feasibility study before a single won is spent," Oh said.

Cheongju finished fifth in K League 2 last season, narrowly missing out on the promotion playoffs.

Head coach Han Ji-won welcomed the news. "The players talk about it in the dressing room already," Han said. "Give us a home like that and we will give the fans something to celebrate.\"""", [
        Q("the project is key to its hopes of winning promotion to the top flight", "indirect", "The club",
          "Chungbuk Cheongju FC", speaker_at="The club says"),
        Q('"Our fans deserve a stadium where they can feel the game, not watch it from 50 meters away,"', "direct",
          "Kim Hyun-joo", "Kim Hyun-joo"),
        Q('"This is about the future of football in North Chungcheong."', "direct", "Kim Hyun-joo", "Kim Hyun-joo"),
        Q("the club hoped to break ground in 2026 and play its first match at the new venue at the start of the "
          "2029 season", "indirect", "Kim", "Kim Hyun-joo", speaker_at="Kim said"),
        Q("about 60 percent of the cost would be covered by the city and the provincial government, with the rest "
          "coming from the central government and private investors", "indirect", "the Cheongju city government",
          "Cheongju city government"),
        Q('"become a landmark for the whole region."', "partial", "Shin Dong-hoon", "Shin Dong-hoon"),
        Q("that it would host concerts and other events when not in use for football", "indirect", "He",
          "Shin Dong-hoon", speaker_at="He added"),
        Q("it welcomed the plan", "indirect", "The Korea Professional Football League",
          "Korea Professional Football League"),
        Q("that football-only stadiums had helped clubs such as Daegu FC increase attendance", "indirect",
          "The Korea Professional Football League", "Korea Professional Football League"),
        Q("that the city should prioritize public transport and child care", "indirect",
          "Cheongju Citizens' Solidarity for Participation", "Cheongju Citizens' Solidarity for Participation"),
        Q('"a vanity project for a second-division club."', "partial",
          "Cheongju Citizens' Solidarity for Participation", "Cheongju Citizens' Solidarity for Participation"),
        Q("that she worried about traffic and noise on match days", "indirect", "Park Mi-ran", "Park Mi-ran"),
        Q('"There is already nowhere to park on weekends,"', "direct", "she", "Park Mi-ran",
          speaker_at='weekends," she said'),
        Q("the council would scrutinize the budget closely", "indirect", "Oh Jae-hyuk", "Oh Jae-hyuk"),
        Q('"We need to see a proper feasibility study before a single won is spent,"', "direct", "Oh", "Oh Jae-hyuk",
          speaker_at="Oh said"),
        Q('"The players talk about it in the dressing room already,"', "direct", "Han", "Han Ji-won",
          speaker_at="Han said"),
        Q('"Give us a home like that and we will give the fans something to celebrate."', "direct", "Han",
          "Han Ji-won", speaker_at="Han said"),
    ], source="blind"),
    Case("blind89-netherdale-stadium", """Fairydean unveil £4m plan to transform Netherdale

Gala Fairydean Rovers have unveiled ambitious plans to redevelop their Netherdale home, including a new 3G pitch, a clubhouse and the restoration of the ground’s famous listed grandstand.

The £4 million proposals, which will be submitted to Scottish Borders Council next month, would also see a 500-seat covered terrace built along the north side of the ground.

Club chairman Scott Hogarth said the plans were ‘the most important thing to happen to this club in 50 years’.

‘We have a wonderful history, but we cannot live on history,’ he said. ‘If we want to keep young players in Galashiels and bring families through the gate, we need facilities fit for the 21st century.’

Mr Hogarth said the club had already secured around £1.2m in pledges and would apply to sportscotland and the Scottish Football Association for the rest.

The concrete grandstand, nicknamed ‘the Concrete Wave’, was designed by architect Peter Womersley and opened in 1964. It is category A-listed and has been closed to spectators for more than a decade because of safety concerns.

Historic Environment Scotland said it had been consulted at an early stage. A spokesperson said the body was ‘encouraged’ by the club’s commitment to restoring the structure.

Architect Claire Moffat, of Melrose-based practice Moffat & Hume, who drew up the plans, described the stand as ‘a masterpiece hiding in plain sight’.

‘People drive past it every day without realising it is one of the most important post-war buildings in Scotland,’ she said.

Lowland League rules require clubs to have at least 500 covered seats, according to the club.

First-team manager Darren Brydon told the Southern the news had given the squad a lift. ‘The boys have been buzzing since they saw the drawings,’ he said, ‘and you can’t put a price on that.’

Not all neighbours are enthusiastic. One resident of nearby Tweed Road, who did not want to be named, said floodlights for the 3G pitch would ‘turn the night into day’.

Galashiels councillor Kirsty Tait said she would support the application, provided the club worked with neighbours on lighting.""", [
        Q("‘the most important thing to happen to this club in 50 years’", "partial", "Scott Hogarth",
          "Scott Hogarth"),
        Q("‘We have a wonderful history, but we cannot live on history,’", "direct", "he", "Scott Hogarth",
          speaker_at="he said. ‘If"),
        Q("‘If we want to keep young players in Galashiels and bring families through the gate, we need facilities "
          "fit for the 21st century.’", "direct", "he", "Scott Hogarth", speaker_at="he said. ‘If"),
        Q("the club had already secured around £1.2m in pledges and would apply to sportscotland and the Scottish "
          "Football Association for the rest", "indirect", "Hogarth", "Scott Hogarth",
          speaker_at="Mr Hogarth said"),
        Q("it had been consulted at an early stage", "indirect", "Historic Environment Scotland",
          "Historic Environment Scotland"),
        Q("‘encouraged’", "partial", "A spokesperson", None),
        Q("‘a masterpiece hiding in plain sight’", "partial", "Claire Moffat", "Claire Moffat"),
        Q("‘People drive past it every day without realising it is one of the most important post-war buildings in "
          "Scotland,’", "direct", "she", "Claire Moffat", speaker_at="Scotland,’ she said"),
        Q("Lowland League rules require clubs to have at least 500 covered seats", "indirect", "the club",
          "Gala Fairydean Rovers", speaker_at="according to the club"),
        Q("the news had given the squad a lift", "indirect", "Darren Brydon", "Darren Brydon"),
        Q("‘The boys have been buzzing since they saw the drawings,’", "direct", "he", "Darren Brydon",
          speaker_at="he said, ‘and"),
        Q("‘and you can’t put a price on that.’", "direct", "he", "Darren Brydon", speaker_at="he said, ‘and"),
        Q("‘turn the night into day’", "partial", "One resident of nearby Tweed Road", None),
        Q("she would support the application, provided the club worked with neighbours on lighting", "indirect",
          "Kirsty Tait", "Kirsty Tait"),
    ], source="blind"),
    Case("blind89-parika-ferry", """New Parika–Supenaam ferry schedule takes effect Monday

THE Transport and Harbours Department (T&HD) will introduce a revised schedule for the Parika–Supenaam ferry service from Monday, adding an early morning crossing and ending the late Sunday sailing, the department announced on Friday.

Under the new schedule, the MV Sabanto will depart Parika at 05:30 hrs daily, while the MV Kanawan will leave Supenaam at 06:00 hrs. The 20:00 hrs Sunday sailing from Supenaam has been discontinued.

T&HD General Manager, Mr. Leon Chapman, told the Guyana Chronicle that the changes were based on a six-month review of passenger numbers.

“The figures show that very few people travel on the late Sunday boat, while every morning we have persons left on the stelling because the first ferry is full,” Chapman said. “We are putting the vessels where the people are.”

He explained that the early crossing would allow Essequibo Coast residents to reach Georgetown in time for work and medical appointments.

According to Chapman, the department will also introduce electronic ticketing at both stellings by the end of the year, as part of its “Smart Crossing” initiative.

Commuters at the Parika stelling on Saturday were generally positive about the changes. Vendor Sharmila Ramsaroop, who travels to Supenaam three times a week with produce, said the morning boat would “make a big difference” to her business.

“Sometimes I reach Parika from 4 o’clock and still can’t get on the first boat,” she said. “Now I could reach the market early and sell out.”

However, Region Two Regional Chairman, Mr. Khemraj Bhagwandin, said residents returning from weekend activities in Georgetown would now have to leave earlier on Sundays.

“We will engage the department on this,” he said, adding that the region would ask for a trial period before the Sunday change is made permanent.

One minibus driver at Supenaam said drivers would adjust their routes to meet the early ferry.

Meanwhile, the Ministry of Public Works said in a release that the department was also carrying out repairs on the MV Malali, which is expected to return to service in March.""", [
        Q("THE Transport and Harbours Department (T&HD) will introduce a revised schedule for the Parika–Supenaam "
          "ferry service from Monday, adding an early morning crossing and ending the late Sunday sailing",
          "indirect", "the department", "Transport and Harbours Department", speaker_at="the department announced"),
        Q("that the changes were based on a six-month review of passenger numbers", "indirect", "Leon Chapman",
          "Leon Chapman"),
        Q("“The figures show that very few people travel on the late Sunday boat, while every morning we have "
          "persons left on the stelling because the first ferry is full,”", "direct", "Chapman", "Leon Chapman",
          speaker_at="Chapman said"),
        Q("“We are putting the vessels where the people are.”", "direct", "Chapman", "Leon Chapman",
          speaker_at="Chapman said"),
        Q("that the early crossing would allow Essequibo Coast residents to reach Georgetown in time for work and "
          "medical appointments", "indirect", "He", "Leon Chapman", speaker_at="He explained"),
        Q("the department will also introduce electronic ticketing at both stellings by the end of the year, as "
          "part of its “Smart Crossing” initiative", "indirect", "Chapman", "Leon Chapman",
          speaker_at="According to Chapman"),
        Q("“make a big difference”", "partial", "Sharmila Ramsaroop", "Sharmila Ramsaroop"),
        Q("“Sometimes I reach Parika from 4 o’clock and still can’t get on the first boat,”", "direct", "she",
          "Sharmila Ramsaroop", speaker_at="boat,” she said"),
        Q("“Now I could reach the market early and sell out.”", "direct", "she", "Sharmila Ramsaroop",
          speaker_at="boat,” she said"),
        Q("residents returning from weekend activities in Georgetown would now have to leave earlier on Sundays",
          "indirect", "Khemraj Bhagwandin", "Khemraj Bhagwandin"),
        Q("“We will engage the department on this,”", "direct", "he", "Khemraj Bhagwandin",
          speaker_at="he said, adding"),
        Q("that the region would ask for a trial period before the Sunday change is made permanent", "indirect",
          "he", "Khemraj Bhagwandin", speaker_at="he said, adding"),
        Q("drivers would adjust their routes to meet the early ferry", "indirect", "One minibus driver", None),
        Q("that the department was also carrying out repairs on the MV Malali, which is expected to return to "
          "service in March", "indirect", "the Ministry of Public Works", "Ministry of Public Works"),
    ], source="blind"),
    Case("blind89-evie-school", """Evie parents urged to have their say on school closure plan

Orkney Islands Council has launched a formal consultation on proposals to close Evie Primary School and transfer its pupils to Firth Primary, nine miles away.

Under the plans, the 14 pupils currently attending Evie would move to Firth from August next year, with free transport provided. The consultation is being run under the council’s ‘Schools for the Future’ programme.

The council’s director of education, Morag Flett, said the proposal had been brought forward because of ‘a sustained fall in the school roll’ and difficulties in recruiting staff.

‘Nobody comes into education to close schools,’ she said. ‘But we have a duty to make sure that every child in Orkney gets the best possible education, and at the moment it is becoming very hard to staff Evie.’

Ms Flett said the council had advertised the head teacher post three times in 18 months without making an appointment.

According to a report to the council’s education, leisure and housing committee, keeping Evie open would cost around £390,000 a year — more than £27,000 per pupil.

Evie Community Council chairman Sigurd Linklater said the parish was ‘devastated’.

‘The school is the heart of this parish,’ he told The Orcadian. ‘When it goes, the hall goes, the shop goes, and before long you have a place where only retired folk live.’

He said the community council would hold a drop-in session at Evie Hall on Saturday and urged parents to respond to the consultation.

Parent Laura Spence, whose two daughters attend Evie, said she had mixed feelings.

‘The teachers have been brilliant, but my eldest is one of only two children in her year,’ she said. ‘Part of me thinks she would be better off with more friends her own age.’

West Mainland councillor Robbie Foubister said he would ‘keep an open mind’ until the consultation closed.

A council spokesperson said the consultation would run until January 31 and that all responses would be published.""", [
        Q("‘a sustained fall in the school roll’", "partial", "Morag Flett", "Morag Flett"),
        Q("‘Nobody comes into education to close schools,’", "direct", "she", "Morag Flett",
          speaker_at="she said. ‘But"),
        Q("‘But we have a duty to make sure that every child in Orkney gets the best possible education, and at the "
          "moment it is becoming very hard to staff Evie.’", "direct", "she", "Morag Flett",
          speaker_at="she said. ‘But"),
        Q("the council had advertised the head teacher post three times in 18 months without making an appointment",
          "indirect", "Flett", "Morag Flett", speaker_at="Ms Flett said"),
        Q("keeping Evie open would cost around £390,000 a year — more than £27,000 per pupil", "indirect",
          "a report to the council’s education, leisure and housing committee", None),
        Q("‘devastated’", "partial", "Sigurd Linklater", "Sigurd Linklater"),
        Q("‘The school is the heart of this parish,’", "direct", "he", "Sigurd Linklater", speaker_at="he told"),
        Q("‘When it goes, the hall goes, the shop goes, and before long you have a place where only retired folk "
          "live.’", "direct", "he", "Sigurd Linklater", speaker_at="he told"),
        Q("the community council would hold a drop-in session at Evie Hall on Saturday", "indirect", "He",
          "Sigurd Linklater", speaker_at="He said the community"),
        Q("she had mixed feelings", "indirect", "Laura Spence", "Laura Spence"),
        Q("‘The teachers have been brilliant, but my eldest is one of only two children in her year,’", "direct",
          "she", "Laura Spence", speaker_at="she said. ‘Part"),
        Q("‘Part of me thinks she would be better off with more friends her own age.’", "direct", "she",
          "Laura Spence", speaker_at="she said. ‘Part"),
        Q("‘keep an open mind’", "partial", "Robbie Foubister", "Robbie Foubister"),
        Q("the consultation would run until January 31 and that all responses would be published", "indirect",
          "A council spokesperson", None),
    ], source="blind"),
    Case("blind89-barbados-rice-tender", """Local millers cry foul over Barbados rice tender

Several Guyanese rice millers say they have been shut out of a lucrative tender to supply 12,000 tonnes of rice to Barbados, after the island’s state-run marketing agency set quality standards that favour Asian suppliers.

The tender, issued last month by the Barbados Agricultural Development and Marketing Corporation (BADMC), closes on Friday. It calls for long-grain white rice with no more than five per cent broken grains, delivered in 25-kilogramme bags by April.

President of the Guyana Rice Millers and Exporters Association, Mr Ramesh Sookram, told Kaieteur News that the specifications had been “written with Thailand and Vietnam in mind”.

“Guyana has supplied Barbados for more than 50 years under CARICOM arrangements,” Sookram said. “All of a sudden we are told our rice is not good enough? That does not make sense.”

He said at least four millers on the Essequibo Coast and in Berbice had raised concerns with the Guyana Rice Development Board (GRDB).

The GRDB, in a brief statement, said it was “engaging its Barbadian counterparts” on the matter and would seek clarification on the specifications.

Contacted by this newspaper, BADMC General Manager Ms Angela Brathwaite denied that the tender was designed to exclude regional suppliers.

“This is an open, transparent process and Guyanese millers are very welcome to bid,” Brathwaite said. “What we are asking for is a consistent product, because consumers in Barbados have complained about quality.”

She said the corporation had received complaints about broken grains and foreign matter in past shipments.

According to Brathwaite, the BADMC received bids from 11 companies in the last tender, six of them from Guyana.

The Ministry of Agriculture said it was aware of the millers’ concerns and would raise the matter at the next meeting of the CARICOM Council for Trade and Economic Development (COTED).

Black Bush Polder rice farmer Deonarine Baichan said farmers would ultimately pay the price if millers lost markets. “When the miller lose, the farmer lose,” he said.

Guyana, long described as the “breadbasket of the Caribbean”, exported more than 500,000 tonnes of rice last year.""", [
        Q("they have been shut out of a lucrative tender to supply 12,000 tonnes of rice to Barbados, after the "
          "island’s state-run marketing agency set quality standards that favour Asian suppliers", "indirect",
          "Several Guyanese rice millers", None),
        Q("“written with Thailand and Vietnam in mind”", "partial", "Ramesh Sookram", "Ramesh Sookram"),
        Q("“Guyana has supplied Barbados for more than 50 years under CARICOM arrangements,”", "direct", "Sookram",
          "Ramesh Sookram", speaker_at="Sookram said"),
        Q("“All of a sudden we are told our rice is not good enough? That does not make sense.”", "direct",
          "Sookram", "Ramesh Sookram", speaker_at="Sookram said"),
        Q("at least four millers on the Essequibo Coast and in Berbice had raised concerns with the Guyana Rice "
          "Development Board (GRDB)", "indirect", "He", "Ramesh Sookram", speaker_at="He said at least"),
        Q("“engaging its Barbadian counterparts”", "partial", "The GRDB", "Guyana Rice Development Board"),
        Q("would seek clarification on the specifications", "indirect", "The GRDB", "Guyana Rice Development Board"),
        Q("that the tender was designed to exclude regional suppliers", "indirect", "Angela Brathwaite",
          "Angela Brathwaite"),
        Q("“This is an open, transparent process and Guyanese millers are very welcome to bid,”", "direct",
          "Brathwaite", "Angela Brathwaite", speaker_at="Brathwaite said"),
        Q("“What we are asking for is a consistent product, because consumers in Barbados have complained about "
          "quality.”", "direct", "Brathwaite", "Angela Brathwaite", speaker_at="Brathwaite said"),
        Q("the corporation had received complaints about broken grains and foreign matter in past shipments",
          "indirect", "She", "Angela Brathwaite", speaker_at="She said the corporation"),
        Q("the BADMC received bids from 11 companies in the last tender, six of them from Guyana", "indirect",
          "Brathwaite", "Angela Brathwaite", speaker_at="According to Brathwaite"),
        Q("it was aware of the millers’ concerns and would raise the matter at the next meeting of the CARICOM "
          "Council for Trade and Economic Development (COTED)", "indirect", "The Ministry of Agriculture",
          "Ministry of Agriculture"),
        Q("farmers would ultimately pay the price if millers lost markets", "indirect", "Deonarine Baichan",
          "Deonarine Baichan"),
        Q("“When the miller lose, the farmer lose,”", "direct", "he", "Deonarine Baichan",
          speaker_at="lose,” he said"),
    ], source="blind"),
    Case("blind89-mombasa-shipyard", """Casual workers at Kenya Shipyards down tools over unpaid wages

More than 200 casual workers engaged by subcontractors at Kenya Shipyards Limited (KSL) in Mombasa downed their tools on Tuesday, demanding three months’ salary arrears and written contracts.

The workers, who include welders, fitters and painters working on the construction of patrol boats, camped outside the shipyard’s main gate at Liwatoni, bringing work on at least two vessels to a standstill.

Their spokesperson, Mr Kahindi Chengo, said the workers had not been paid since February despite reporting to work every day.

“We are the ones building these ships with our hands, but we are treated like we do not exist,” Chengo said. “Some of us have been here for three years without a single letter of appointment.”

He said the subcontractors had repeatedly told them that payment was delayed because KSL had not settled their invoices.

Kenya Engineering Workers Union (KEWU) Coast branch secretary Salim Mwinyi said the union had reported the matter to the County Labour Office and would move to the Employment and Labour Relations Court if the dues were not paid within seven days.

“It is unacceptable that a State corporation allows workers on its premises to be exploited in this way,” Mwinyi said.

In a statement, KSL said it had paid all its contractors in full and that it was “not party to any employment arrangement” between the subcontractors and their staff. The corporation added that it had convened a meeting with the contractors to “find a lasting solution”.

The shipyard, a flagship of the government’s so-called “blue economy” agenda, was handed to the Kenya Defence Forces to run in 2020.

Mombasa County Labour Officer Ms Jacinta Baya confirmed that her office had received a complaint from the workers and said it would summon the four subcontractors on Thursday.

“Every employer has an obligation to pay wages on time, whether they are a subcontractor or not,” Baya told KNA.

One of the workers, a welder who asked not to be named for fear of victimisation, said he had sent his children to live with their grandmother in Kilifi because he could no longer pay rent. “My children are sleeping on empty stomachs,” he said.

According to Mombasa County Police Commander Stephen Nyaga, the protest remained peaceful and officers were deployed only to keep the road to the ferry open.""", [
        Q("the workers had not been paid since February despite reporting to work every day", "indirect",
          "Kahindi Chengo", "Kahindi Chengo"),
        Q("“We are the ones building these ships with our hands, but we are treated like we do not exist,”",
          "direct", "Chengo", "Kahindi Chengo", speaker_at="Chengo said"),
        Q("“Some of us have been here for three years without a single letter of appointment.”", "direct",
          "Chengo", "Kahindi Chengo", speaker_at="Chengo said"),
        Q("the subcontractors had repeatedly told them that payment was delayed because KSL had not settled their "
          "invoices", "indirect", "He", "Kahindi Chengo", speaker_at="He said the subcontractors"),
        Q("the union had reported the matter to the County Labour Office and would move to the Employment and "
          "Labour Relations Court if the dues were not paid within seven days", "indirect", "Salim Mwinyi",
          "Salim Mwinyi"),
        Q("“It is unacceptable that a State corporation allows workers on its premises to be exploited in this "
          "way,”", "direct", "Mwinyi", "Salim Mwinyi", speaker_at="way,” Mwinyi said"),
        Q("it had paid all its contractors in full", "indirect", "KSL", "Kenya Shipyards Limited",
          speaker_at="KSL said"),
        Q("“not party to any employment arrangement”", "partial", "KSL", "Kenya Shipyards Limited",
          speaker_at="KSL said"),
        Q("“find a lasting solution”", "partial", "The corporation", "Kenya Shipyards Limited"),
        Q("that her office had received a complaint from the workers", "indirect", "Jacinta Baya", "Jacinta Baya"),
        Q("it would summon the four subcontractors on Thursday", "indirect", "Jacinta Baya", "Jacinta Baya"),
        Q("“Every employer has an obligation to pay wages on time, whether they are a subcontractor or not,”",
          "direct", "Baya", "Jacinta Baya", speaker_at="Baya told"),
        Q("he had sent his children to live with their grandmother in Kilifi because he could no longer pay rent",
          "indirect", "One of the workers", None),
        Q("“My children are sleeping on empty stomachs,”", "direct", "he", None, speaker_at="stomachs,” he said"),
        Q("the protest remained peaceful and officers were deployed only to keep the road to the ferry open",
          "indirect", "Stephen Nyaga", "Stephen Nyaga"),
    ], source="blind"),
]
