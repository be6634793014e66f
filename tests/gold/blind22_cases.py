"""Blind gold, batch 22: sixteen short news articles written without sight of the pretagger.

Wire copy (AP, Bloomberg) and regional papers from Britain, Ireland, Australia,
New Zealand, Canada, Kenya, Nigeria, South Africa, Ghana, the UAE, Vietnam,
Bangladesh and a US college town; curly, straight and British single quotes.
Every quote is annotated; titles, slogans and names in marks are not quotes.
See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # ------------------------------------------------------------------ AP wire, Bangkok
    Case("blind22-bangkok-meth", """Thai court sentences Briton to life for smuggling methamphetamine

BANGKOK (AP) — A Thai court on Tuesday sentenced a British man to life in prison for trying to smuggle nearly 20 kilograms (44 pounds) of methamphetamine out of the country in a suitcase, a case that has drawn fresh attention to Southeast Asia's booming drug trade.

The Criminal Court in Bangkok convicted Daniel Fairbrother-Hale, 34, of Leeds, England, of drug trafficking over the crystal meth found sewn into the lining of his luggage when he was stopped at Suvarnabhumi Airport in March last year. Judges initially handed down a death sentence but reduced it to life imprisonment because he had cooperated with investigators, the court said.

Fairbrother-Hale, wearing a brown prison uniform and leg shackles, showed little emotion as the verdict was read in Thai and translated for him.

"We are disappointed, and we will appeal," his lawyer, Kittipong Sae-Lim, told reporters outside the courthouse. "My client was used by people who are still free today."

Kittipong said the defense had shown that Fairbrother-Hale was handed the suitcase by a man he met in a bar in the resort city of Pattaya and was promised 3,000 pounds ($3,800) to carry it to Sydney.

Prosecutors argued that text messages found on his phone proved he was part of a network moving drugs from Myanmar's Shan state through Thailand to Australia.

"This was not an innocent tourist," Police Maj. Gen. Chaiwat Boonmee of the Narcotics Suppression Bureau said after the hearing. "He knew what he was carrying, and he knew how much it was worth."

According to the United Nations Office on Drugs and Crime, a record 190 metric tons of methamphetamine was seized in East and Southeast Asia in 2023, most of it produced in the lawless borderlands of Myanmar.

The British Embassy in Bangkok said it was providing consular assistance and was in contact with the man's family. It did not comment on the verdict.

His mother, Janet Fairbrother, who traveled from England for the hearing, called the sentence "cruel" and said her son had made "a stupid, stupid mistake."

"He's not some criminal mastermind. He's a boy who got into debt," she said, her voice breaking. "I just want him home."

Thailand has some of the world's harshest drug laws, though it decriminalized marijuana in 2022. Foreign prisoners can apply to serve part of their sentences in their home countries under prisoner transfer treaties, a process that can take years.""", [
        Q("Judges initially handed down a death sentence but reduced it to life imprisonment because he had "
          "cooperated with investigators", "indirect", "the court", "Criminal Court in Bangkok",
          speaker_at="the court said"),
        Q('"We are disappointed, and we will appeal,"', "direct", "Kittipong Sae-Lim", "Kittipong Sae-Lim"),
        Q('"My client was used by people who are still free today."', "direct", "Kittipong Sae-Lim",
          "Kittipong Sae-Lim"),
        Q("the defense had shown that Fairbrother-Hale was handed the suitcase by a man he met in a bar in the resort "
          "city of Pattaya and was promised 3,000 pounds ($3,800) to carry it to Sydney", "indirect", "Kittipong",
          "Kittipong Sae-Lim", speaker_at="Kittipong said"),
        Q("text messages found on his phone proved he was part of a network moving drugs from Myanmar's Shan state "
          "through Thailand to Australia", "indirect", "Prosecutors", None),
        Q('"This was not an innocent tourist,"', "direct", "Chaiwat Boonmee", "Chaiwat Boonmee"),
        Q('"He knew what he was carrying, and he knew how much it was worth."', "direct", "Chaiwat Boonmee",
          "Chaiwat Boonmee"),
        Q("a record 190 metric tons of methamphetamine was seized in East and Southeast Asia in 2023, most of it "
          "produced in the lawless borderlands of Myanmar", "indirect",
          "the United Nations Office on Drugs and Crime", "United Nations Office on Drugs and Crime"),
        Q("it was providing consular assistance and was in contact with the man's family", "indirect",
          "The British Embassy in Bangkok", "British Embassy in Bangkok"),
        Q('"cruel"', "partial", "Janet Fairbrother", "Janet Fairbrother"),
        Q('"a stupid, stupid mistake."', "partial", "Janet Fairbrother", "Janet Fairbrother"),
        Q('"He\'s not some criminal mastermind. He\'s a boy who got into debt,"', "direct", "she", "Janet Fairbrother",
          speaker_at="she said, her voice breaking"),
        Q('"I just want him home."', "direct", "she", "Janet Fairbrother", speaker_at="she said, her voice breaking"),
    ], source="blind"),

    # ------------------------------------------------------------------ Bloomberg, Manila
    Case("blind22-manila-ports", """Luzon Harbour Profit Jumps as Red Sea Detours Swell Asian Box Traffic

(Bloomberg) -- Luzon Harbour Terminals Inc., the Philippines' second-largest port operator, posted a 38% jump in first-half profit as shipping lines rerouted vessels away from the Red Sea and stockpiled containers at Asian hubs.

Net income rose to 6.2 billion pesos ($108 million) in the six months through June, from 4.5 billion pesos a year earlier, the Manila-based company said in a stock exchange filing on Thursday. Revenue climbed 21% to 24.8 billion pesos, beating the 23.1 billion-peso average of analyst estimates compiled by Bloomberg.

“The disruption in the Red Sea has been terrible for the industry as a whole, but it has pushed a lot more cargo through our terminals,” Chief Executive Officer Ma. Cristina de la Cruz-Villanueva said in an interview. “We don’t expect that tailwind to last forever.”

Volumes at the company’s flagship terminal in Batangas rose to a record 1.4 million twenty-foot equivalent units, she said. Smaller facilities in Davao and Cebu benefited from a pickup in domestic consumption.

The results underscore the windfall that attacks on Red Sea shipping have handed parts of the industry for the second time in four years. Spot rates on the Shanghai-to-Rotterdam route have more than tripled since December, according to Drewry Shipping Consultants.

De la Cruz-Villanueva said the company plans to spend about $350 million over three years to expand Batangas and add automated cranes, and is in talks with two foreign carriers about a joint venture in Subic Bay. She declined to name them.

Shares of Luzon Harbour rose as much as 5.4% in Manila trading, the most since March, before paring gains.

“It’s a strong set of numbers, but the market will ask how much of this is a one-off,” said Rizalino Tan, an analyst at Pacific Meridian Securities in Manila. He called the Subic plan “the real story” for investors with a longer horizon.

Not everyone expects the good times to last. The Philippine Ports Authority, which regulates cargo-handling tariffs, has said it may review charges later this year after complaints from importers. An official at the authority, who asked not to be identified because the discussions are private, said a proposal could be published as early as October.

Jose Ma. Roxas Buenaventura, who heads the Federation of Philippine Importers, said members were already paying “painful” fees and would push back against any increase.""", [
        Q("Net income rose to 6.2 billion pesos ($108 million) in the six months through June, from 4.5 billion pesos "
          "a year earlier", "indirect", "the Manila-based company", "Luzon Harbour Terminals Inc."),
        Q("“The disruption in the Red Sea has been terrible for the industry as a whole, but it has pushed a lot more "
          "cargo through our terminals,”", "direct", "Ma. Cristina de la Cruz-Villanueva",
          "Ma. Cristina de la Cruz-Villanueva"),
        Q("“We don’t expect that tailwind to last forever.”", "direct", "Ma. Cristina de la Cruz-Villanueva",
          "Ma. Cristina de la Cruz-Villanueva"),
        Q("Volumes at the company’s flagship terminal in Batangas rose to a record 1.4 million twenty-foot equivalent "
          "units", "indirect", "she", "Ma. Cristina de la Cruz-Villanueva", speaker_at="units, she said"),
        Q("Spot rates on the Shanghai-to-Rotterdam route have more than tripled since December", "indirect",
          "Drewry Shipping Consultants", "Drewry Shipping Consultants"),
        Q("the company plans to spend about $350 million over three years to expand Batangas and add automated cranes, "
          "and is in talks with two foreign carriers about a joint venture in Subic Bay", "indirect",
          "De la Cruz-Villanueva", "Ma. Cristina de la Cruz-Villanueva", speaker_at="De la Cruz-Villanueva said"),
        Q("“It’s a strong set of numbers, but the market will ask how much of this is a one-off,”", "direct",
          "Rizalino Tan", "Rizalino Tan"),
        Q("“the real story”", "partial", "He", "Rizalino Tan", speaker_at="He called"),
        Q("it may review charges later this year after complaints from importers", "indirect",
          "The Philippine Ports Authority", "Philippine Ports Authority"),
        Q("a proposal could be published as early as October", "indirect", "An official at the authority", None),
        Q("“painful”", "partial", "Jose Ma. Roxas Buenaventura", "Jose Ma. Roxas Buenaventura"),
        Q("would push back against any increase", "indirect", "Jose Ma. Roxas Buenaventura",
          "Jose Ma. Roxas Buenaventura"),
    ], source="blind"),

    # ------------------------------------------------------------------ Birmingham Mail
    Case("blind22-brum-rail", """Rail strike to bring West Midlands trains to a standstill

Commuters across Birmingham and the Black Country face a week of disruption after train drivers announced fresh strikes in a long-running row over pay and conditions.

Members of the drivers' union Aslef at West Midlands Trains will walk out on Tuesday and Thursday next week, with an overtime ban in place from Monday to Saturday. The operator, which runs West Midlands Railway and London Northwestern services, said it expected to run 'little or no service' on strike days.

Tariq Mahmood, Aslef's district organiser for the Midlands, said drivers had been left with no choice.

'Our members have not had a meaningful pay offer in two years,' he said. 'Nobody wants to strike, least of all drivers who take pride in getting people to work on time, but the company has simply stopped talking to us.'

He added that the union remained 'ready to meet anywhere, any time' to resolve the dispute.

A West Midlands Trains spokesperson said: 'We are disappointed that Aslef has chosen to call further action, which will only hurt the passengers and communities we serve. Our offer remains on the table and we urge the union to put it to its members.'

The company said the offer was worth 4.5 per cent over two years, and pointed out that the average salary for a train driver was now more than £65,000.

For commuters like Dev Chauhan, 41, who travels from Walsall to Snow Hill every weekday, the news was met with weary resignation.

'It's the fourth time this year,' he told the Birmingham Mail. 'I'll end up driving, which means an hour in traffic on the M6 and fifteen quid for parking. Everyone's lost patience, and I don't just mean with the union.'

Cllr Marcia Okonjo-Reid, Birmingham City Council's cabinet member for transport, called on both sides to 'get back round the table before the city grinds to a halt'.

'We have major events at the NEC and Edgbaston next week, and thousands of people rely on these services to get there,' she said.

According to Transport Focus, the independent watchdog, passenger satisfaction on West Midlands Railway fell to 74 per cent last year, one of the lowest figures in England.

Services on the Cross City line between Lichfield and Redditch are expected to be the worst affected. Rail replacement buses will not run, the operator confirmed.""", [
        Q("'little or no service'", "partial", "The operator", "West Midlands Trains"),
        Q("drivers had been left with no choice", "indirect", "Tariq Mahmood", "Tariq Mahmood"),
        Q("'Our members have not had a meaningful pay offer in two years,'", "direct", "he", "Tariq Mahmood",
          speaker_at="years,' he said"),
        Q("'Nobody wants to strike, least of all drivers who take pride in getting people to work on time, but the "
          "company has simply stopped talking to us.'", "direct", "he", "Tariq Mahmood",
          speaker_at="years,' he said"),
        Q("'ready to meet anywhere, any time'", "partial", "He", "Tariq Mahmood", speaker_at="He added"),
        Q("'We are disappointed that Aslef has chosen to call further action, which will only hurt the passengers and "
          "communities we serve. Our offer remains on the table and we urge the union to put it to its members.'",
          "direct", "A West Midlands Trains spokesperson", None),
        Q("the offer was worth 4.5 per cent over two years", "indirect", "The company", "West Midlands Trains",
          speaker_at="The company said"),
        Q("the average salary for a train driver was now more than £65,000", "indirect", "The company",
          "West Midlands Trains", speaker_at="The company said"),
        Q("'It's the fourth time this year,'", "direct", "he", "Dev Chauhan", speaker_at="he told the Birmingham Mail"),
        Q("'I'll end up driving, which means an hour in traffic on the M6 and fifteen quid for parking. Everyone's "
          "lost patience, and I don't just mean with the union.'", "direct", "he", "Dev Chauhan",
          speaker_at="he told the Birmingham Mail"),
        Q("'get back round the table before the city grinds to a halt'", "partial", "Marcia Okonjo-Reid",
          "Marcia Okonjo-Reid"),
        Q("'We have major events at the NEC and Edgbaston next week, and thousands of people rely on these services to "
          "get there,'", "direct", "she", "Marcia Okonjo-Reid", speaker_at="she said"),
        Q("passenger satisfaction on West Midlands Railway fell to 74 per cent last year, one of the lowest figures in "
          "England", "indirect", "Transport Focus", "Transport Focus"),
        Q("Rail replacement buses will not run", "indirect", "the operator", "West Midlands Trains",
          speaker_at="the operator confirmed"),
    ], source="blind"),

    # ------------------------------------------------------------------ Western Mail (Wales)
    Case("blind22-wales-doctors", """Resident doctors in Wales to strike for 96 hours as pay talks collapse

Resident doctors in Wales will stage a 96-hour walkout later this month after talks with the Welsh Government broke down, the British Medical Association has announced.

The strike, which will begin at 7am on Monday, April 22, is expected to affect thousands of outpatient appointments and planned operations across all seven health boards.

BMA Cymru Wales said its members had seen their pay cut by almost a third in real terms since 2008 and that the latest offer of 5 per cent 'does not come close' to restoring it.

Dr Gwenllian ap Rhys, co-chair of the BMA's Welsh resident doctors committee, said: 'Nobody goes into medicine to stand on a picket line. But we are losing colleagues to Australia and New Zealand every single week, and the Government seems content to let that happen.'

She said many doctors in training were working on rotas with gaps of up to 30 per cent, adding: 'Patients are already paying the price. This strike is about making sure there are still doctors here in ten years' time.'

The Cabinet Secretary for Health and Social Care, Huw Tudor-Evans, said he was 'deeply disappointed' by the decision.

'We have made the best offer we can within a very tight budget, and it is more than doctors in England have been given,' Mr Tudor-Evans said. 'My door remains open.'

Health boards said emergency care, maternity services and cancer treatment would be prioritised. Betsi Cadwaladr University Health Board, which covers north Wales, said patients should attend appointments unless they were contacted directly.

Opposition parties were quick to seize on the dispute. Plaid Cymru's health spokesperson, Elin Haf Morgan MS, described the situation as 'an entirely avoidable crisis', while the Welsh Conservatives accused ministers of 'sleepwalking into chaos'.

Llais, the independent body that represents patients in Wales, said people needed clear and timely information about which services would be affected.

Dr Ifan Llywelyn-Owen, a consultant anaesthetist at the University Hospital of Wales in Cardiff, told the Western Mail that senior colleagues were largely supportive.

'Most of us remember what it was like,' he said. 'We'll cover the wards, but we understand why they're doing it.'

The walkout will be the third by resident doctors in Wales in just over a year.""", [
        Q("Resident doctors in Wales will stage a 96-hour walkout later this month after talks with the Welsh "
          "Government broke down", "indirect", "the British Medical Association", "British Medical Association"),
        Q("its members had seen their pay cut by almost a third in real terms since 2008", "indirect",
          "BMA Cymru Wales", "BMA Cymru Wales"),
        Q("'does not come close'", "partial", "BMA Cymru Wales", "BMA Cymru Wales"),
        Q("'Nobody goes into medicine to stand on a picket line. But we are losing colleagues to Australia and New "
          "Zealand every single week, and the Government seems content to let that happen.'", "direct",
          "Gwenllian ap Rhys", "Gwenllian ap Rhys"),
        Q("many doctors in training were working on rotas with gaps of up to 30 per cent", "indirect", "She",
          "Gwenllian ap Rhys", speaker_at="She said many"),
        Q("'Patients are already paying the price. This strike is about making sure there are still doctors here in "
          "ten years' time.'", "direct", "She", "Gwenllian ap Rhys", speaker_at="She said many"),
        Q("'deeply disappointed'", "partial", "Huw Tudor-Evans", "Huw Tudor-Evans"),
        Q("'We have made the best offer we can within a very tight budget, and it is more than doctors in England have "
          "been given,'", "direct", "Mr Tudor-Evans", "Huw Tudor-Evans"),
        Q("'My door remains open.'", "direct", "Mr Tudor-Evans", "Huw Tudor-Evans"),
        Q("emergency care, maternity services and cancer treatment would be prioritised", "indirect", "Health boards",
          None),
        Q("patients should attend appointments unless they were contacted directly", "indirect",
          "Betsi Cadwaladr University Health Board", "Betsi Cadwaladr University Health Board"),
        Q("'an entirely avoidable crisis',", "partial", "Elin Haf Morgan", "Elin Haf Morgan"),
        Q("'sleepwalking into chaos'", "partial", "the Welsh Conservatives", "Welsh Conservatives"),
        Q("people needed clear and timely information about which services would be affected", "indirect", "Llais",
          "Llais"),
        Q("senior colleagues were largely supportive", "indirect", "Ifan Llywelyn-Owen", "Ifan Llywelyn-Owen"),
        Q("'Most of us remember what it was like,'", "direct", "he", "Ifan Llywelyn-Owen", speaker_at="he said"),
        Q("'We'll cover the wards, but we understand why they're doing it.'", "direct", "he", "Ifan Llywelyn-Owen",
          speaker_at="he said"),
    ], source="blind"),

    # ------------------------------------------------------------------ Irish Independent
    Case("blind22-poet-obit", """Poet Máire Ní Bhriain, who gave Connemara a voice, dies aged 87

Máire Ní Bhriain, the Irish-language poet whose spare, luminous verse about the Connemara shoreline won her readers far beyond the Gaeltacht, has died aged 87.

She died peacefully at her home in Carna, Co Galway, on Sunday evening, her publisher Cló an Chladaigh said.

“Máire was a fierce, funny and generous woman, and the finest poet we ever had the privilege to print,” said Fionnuala Breathnach, the publisher’s managing director.

Born in 1937, the youngest of nine children of a fisherman and a national school teacher, Ní Bhriain left school at 15 and worked in a fish-processing plant in Ros a’ Mhíl before winning a scholarship to University College Galway in her twenties.

Her first collection, “Salann”, appeared in 1968 and was an immediate success. The critic Pádraig de Búrca later called it “the most important debut in Irish for a generation”.

She went on to publish 11 more collections, as well as translations of Emily Dickinson and Anna Akhmatova, and was elected to Aosdána in 1986. Her 1994 collection “An Trá Fholamh” remains a fixture on the Leaving Certificate course.

Tributes poured in yesterday. Minister for the Gaeltacht Dara Ó Floinn said Ní Bhriain had “carried the language into rooms it had never been allowed into”.

“She showed a whole generation that you could write about the sea, about work, about grief and desire, in Irish, and be read in Tokyo and Buenos Aires,” the minister said.

The poet Cathal Mac Giolla Bhríde, who edited her collected poems, described her as “a teacher to all of us, whether she liked it or not”.

“I brought her my first poems when I was 19,” he recalled. “She read them in silence, handed them back and said, ‘Go home and cut them in half.’

“It was the best advice I ever got. Everything I know about poetry started at that kitchen table.”

In a 2009 interview with RTÉ Raidió na Gaeltachta, Ní Bhriain said she had never thought of herself as a political writer. “I write about what’s in front of me,” she said. “If that turns out to be political, that’s the world’s fault, not mine.”

Her eldest daughter, Nuala Ní Chuinn, said the family had been “overwhelmed” by messages from readers around the world.

She is survived by her husband, the sculptor Tomás Ó Cuinn, their three daughters and seven grandchildren. Her funeral Mass will take place at St Mary’s Church, Carna, on Wednesday at 11am, followed by burial in Maoinis cemetery.""", [
        Q("She died peacefully at her home in Carna, Co Galway, on Sunday evening", "indirect", "Cló an Chladaigh",
          "Cló an Chladaigh"),
        Q("“Máire was a fierce, funny and generous woman, and the finest poet we ever had the privilege to print,”",
          "direct", "Fionnuala Breathnach", "Fionnuala Breathnach"),
        Q("“the most important debut in Irish for a generation”", "partial", "Pádraig de Búrca", "Pádraig de Búrca"),
        Q("“carried the language into rooms it had never been allowed into”", "partial", "Dara Ó Floinn",
          "Dara Ó Floinn"),
        Q("“She showed a whole generation that you could write about the sea, about work, about grief and desire, in "
          "Irish, and be read in Tokyo and Buenos Aires,”", "direct", "the minister", "Dara Ó Floinn"),
        Q("“a teacher to all of us, whether she liked it or not”", "partial", "Cathal Mac Giolla Bhríde",
          "Cathal Mac Giolla Bhríde"),
        Q("“I brought her my first poems when I was 19,”", "direct", "he", "Cathal Mac Giolla Bhríde",
          speaker_at="he recalled"),
        Q("“She read them in silence, handed them back and said, ‘Go home and cut them in half.’", "direct", "he",
          "Cathal Mac Giolla Bhríde", speaker_at="he recalled"),
        Q("“It was the best advice I ever got. Everything I know about poetry started at that kitchen table.”",
          "direct", "he", "Cathal Mac Giolla Bhríde", speaker_at="he recalled"),
        Q("she had never thought of herself as a political writer", "indirect", "Ní Bhriain", "Máire Ní Bhriain",
          speaker_at="Ní Bhriain said"),
        Q("“I write about what’s in front of me,”", "direct", "she", "Máire Ní Bhriain", speaker_at="she said"),
        Q("“If that turns out to be political, that’s the world’s fault, not mine.”", "direct", "she",
          "Máire Ní Bhriain", speaker_at="she said"),
        Q("“overwhelmed”", "partial", "Nuala Ní Chuinn", "Nuala Ní Chuinn"),
    ], source="blind"),

    # ------------------------------------------------------------------ The Advertiser (Adelaide)
    Case("blind22-adelaide-bushfire", """Homes lost as bushfire tears through Adelaide Hills

At least four homes have been destroyed and hundreds of residents forced to flee after a fast-moving bushfire tore through the Adelaide Hills overnight.

The Country Fire Service said the blaze, which started near Kersbrook about 2pm on Saturday, had burnt more than 3500ha by early this morning and was not yet contained.

"This fire behaved in a way that even our most experienced crews found frightening," CFS chief officer Mark Dimitriou-Hall told reporters at the Mount Barker staging area. "Conditions last night were as bad as I've seen in 25 years."

He said more than 250 firefighters and 12 water-bombing aircraft had been deployed, and warned that a southwest wind change forecast for this afternoon could push the fire front towards Williamstown and Gumeracha.

"If you are in those areas and you do not have a plan, leave now," he said.

Among those who lost everything was Kersbrook resident Trevor "Tuck" Pallant, 67, who watched from his ute as flames swept through his shed and then his house.

"It came over the ridge like a freight train," Mr Pallant said. "I grabbed the dog and the photo albums and that was it. Forty years in that house."

Emergency Services Minister Joanna Nguyen-Whitford said the State Government would activate its disaster relief package, with emergency grants of up to $700 available to affected households.

"Our thoughts are with every family who has lost a home today, and with the firefighters who are still out there on the fireline," she said.

Temperatures are expected to reach 41C in Adelaide today, with wind gusts of up to 70km/h in the Hills. According to Bureau of Meteorology senior forecaster Priya Raghunathan, relief is not expected until a cooler change arrives late on Monday.

The Advertiser understands investigators are examining whether the fire was sparked by a fallen powerline. SA Power Networks said it was "aware of the reports" and would co-operate fully with any investigation.

A relief centre has been set up at the Mount Barker Showgrounds, and the RSPCA is taking in displaced animals.""", [
        Q("the blaze, which started near Kersbrook about 2pm on Saturday, had burnt more than 3500ha by early this "
          "morning and was not yet contained", "indirect", "The Country Fire Service", "Country Fire Service"),
        Q('"This fire behaved in a way that even our most experienced crews found frightening,"', "direct",
          "Mark Dimitriou-Hall", "Mark Dimitriou-Hall"),
        Q('"Conditions last night were as bad as I\'ve seen in 25 years."', "direct", "Mark Dimitriou-Hall",
          "Mark Dimitriou-Hall"),
        Q("more than 250 firefighters and 12 water-bombing aircraft had been deployed", "indirect", "He",
          "Mark Dimitriou-Hall", speaker_at="He said more"),
        Q("a southwest wind change forecast for this afternoon could push the fire front towards Williamstown and "
          "Gumeracha", "indirect", "He", "Mark Dimitriou-Hall", speaker_at="He said more"),
        Q('"If you are in those areas and you do not have a plan, leave now,"', "direct", "he", "Mark Dimitriou-Hall",
          speaker_at='leave now," he said'),
        Q('"It came over the ridge like a freight train,"', "direct", "Mr Pallant", "Trevor Pallant"),
        Q('"I grabbed the dog and the photo albums and that was it. Forty years in that house."', "direct",
          "Mr Pallant", "Trevor Pallant"),
        Q("the State Government would activate its disaster relief package, with emergency grants of up to $700 "
          "available to affected households", "indirect", "Joanna Nguyen-Whitford", "Joanna Nguyen-Whitford"),
        Q('"Our thoughts are with every family who has lost a home today, and with the firefighters who are still out '
          'there on the fireline,"', "direct", "she", "Joanna Nguyen-Whitford", speaker_at='fireline," she said'),
        Q("relief is not expected until a cooler change arrives late on Monday", "indirect", "Priya Raghunathan",
          "Priya Raghunathan"),
        Q('"aware of the reports"', "partial", "SA Power Networks", "SA Power Networks"),
        Q("would co-operate fully with any investigation", "indirect", "SA Power Networks", "SA Power Networks"),
    ], source="blind"),

    # ------------------------------------------------------------------ Stuff (New Zealand)
    Case("blind22-nz-cyclone", """Cyclone Tamsin: Thousands without power as Tairāwhiti braces for another battering

Tairāwhiti is bracing for another battering as ex-tropical Cyclone Tamsin bears down on the East Coast, with more than 9000 homes already without power and State Highway 35 closed in several places.

A state of local emergency was declared for the Gisborne district at 6am on Tuesday. MetService has issued a red heavy rain warning for the ranges north of Tolaga Bay, where up to 350mm of rain could fall in 36 hours.

“We are asking people to take this seriously. Don’t wait for a knock on the door,” Tairāwhiti Civil Defence controller Hemi Te Kani-Walker told Stuff. “If you were flooded during Gabrielle, you need to be thinking now about where you’ll go tonight.”

Te Kani-Walker said welfare centres had been set up at Te Poho-o-Rāwiri Marae and the Gisborne Boys’ High School gym, and that helicopters were on standby to reach isolated communities once the wind dropped.

Gisborne Mayor Rangi Pōhatu said the region was “exhausted” after a string of storms, but its people were resilient.

“We have been here before, too many times,” Pōhatu said. “But I’ve watched this community pick itself up, and we’ll do it again.”

MetService meteorologist Clare O’Donoghue said the system was expected to make its closest approach early on Wednesday. Winds could gust to 140km/h about exposed headlands, she warned.

The lines company, Tairāwhiti Networks, said crews would not be sent out until it was safe to do so.

In Tokomaru Bay, where the only road in was cut for weeks after Gabrielle, residents were stocking up on water, fuel and batteries.

“We’ve done this so many times now, we’ve got it down to an art,” said kura teacher Aroha Mātene, who was helping neighbours tie down roofing iron on Monday evening. “But you still don’t sleep much.”

The National Emergency Management Agency said it was monitoring the situation closely and that a national state of emergency was “not on the table at this stage”.

Schools across the district will be closed on Wednesday.""", [
        Q("“We are asking people to take this seriously. Don’t wait for a knock on the door,”", "direct",
          "Hemi Te Kani-Walker", "Hemi Te Kani-Walker"),
        Q("“If you were flooded during Gabrielle, you need to be thinking now about where you’ll go tonight.”",
          "direct", "Hemi Te Kani-Walker", "Hemi Te Kani-Walker"),
        Q("welfare centres had been set up at Te Poho-o-Rāwiri Marae and the Gisborne Boys’ High School gym",
          "indirect", "Te Kani-Walker", "Hemi Te Kani-Walker", speaker_at="Te Kani-Walker said"),
        Q("helicopters were on standby to reach isolated communities once the wind dropped", "indirect",
          "Te Kani-Walker", "Hemi Te Kani-Walker", speaker_at="Te Kani-Walker said"),
        Q("“exhausted”", "partial", "Rangi Pōhatu", "Rangi Pōhatu"),
        Q("its people were resilient", "indirect", "Rangi Pōhatu", "Rangi Pōhatu"),
        Q("“We have been here before, too many times,”", "direct", "Pōhatu", "Rangi Pōhatu",
          speaker_at="times,” Pōhatu said"),
        Q("“But I’ve watched this community pick itself up, and we’ll do it again.”", "direct", "Pōhatu",
          "Rangi Pōhatu", speaker_at="times,” Pōhatu said"),
        Q("the system was expected to make its closest approach early on Wednesday", "indirect", "Clare O’Donoghue",
          "Clare O’Donoghue"),
        Q("Winds could gust to 140km/h about exposed headlands", "indirect", "she", "Clare O’Donoghue",
          speaker_at="she warned"),
        Q("crews would not be sent out until it was safe to do so", "indirect", "Tairāwhiti Networks",
          "Tairāwhiti Networks"),
        Q("“We’ve done this so many times now, we’ve got it down to an art,”", "direct", "Aroha Mātene",
          "Aroha Mātene"),
        Q("“But you still don’t sleep much.”", "direct", "Aroha Mātene", "Aroha Mātene"),
        Q("it was monitoring the situation closely", "indirect", "The National Emergency Management Agency",
          "National Emergency Management Agency"),
        Q("“not on the table at this stage”", "partial", "The National Emergency Management Agency",
          "National Emergency Management Agency"),
    ], source="blind"),

    # ------------------------------------------------------------------ Vancouver Sun
    Case("blind22-giants-hockey", """Van der Kolk's overtime winner pulls Giants level with Blazers

Jorian van der Kolk didn't see the puck go in. He only heard the roar.

The 19-year-old winger's wrist shot from the right circle beat Kamloops goaltender Brody Eckstrand 4:12 into overtime Friday night, giving the Vancouver Giants a 3-2 win and squaring their WHL first-round series at two games apiece.

"Honestly, I just threw it at the net and hoped for a bounce," van der Kolk said afterward, still in his gear in a steamy dressing room at the Langley Events Centre. "The guys did all the hard work. I just happened to be standing in the right spot."

Giants head coach Luc Desjardins-Paquette said his team had "found its legs" in the third period after a sloppy start.

"We were chasing the game for 40 minutes," Desjardins-Paquette said, "and that's on me. But the character in that room — you can't coach that."

Vancouver trailed 2-0 until defenceman Eetu Mäkelä scored on a point shot midway through the third. Captain Tyson Morningstar tied it with 1:48 left in regulation, with goaltender Ben Sihota on the bench for an extra attacker.

Mäkelä, an 18-year-old from Tampere, Finland, said the team had never stopped believing. "In Finland we say sisu. It means you don't quit," he said with a grin.

Kamloops head coach Harjit Gill was in no mood for celebrating. He told reporters his team had "given one away" and would need a far better start in Game 5.

"We had them on the ropes. You can't let a team like that hang around in their own building," Gill said.

One NHL scout in attendance, who was not authorized to speak publicly, said van der Kolk had "put himself on the map" ahead of the June draft.

The Giants will be without Morningstar for at least one game. The club said he had been hurt blocking a shot in overtime, and Desjardins-Paquette would only say the captain was "day-to-day."

A crowd of 5,212 watched. Game 5 is Sunday in Kamloops.""", [
        Q('"Honestly, I just threw it at the net and hoped for a bounce,"', "direct", "van der Kolk",
          "Jorian van der Kolk", speaker_at="van der Kolk said afterward"),
        Q('"The guys did all the hard work. I just happened to be standing in the right spot."', "direct",
          "van der Kolk", "Jorian van der Kolk", speaker_at="van der Kolk said afterward"),
        Q('"found its legs"', "partial", "Luc Desjardins-Paquette", "Luc Desjardins-Paquette"),
        Q('"We were chasing the game for 40 minutes,"', "direct", "Desjardins-Paquette", "Luc Desjardins-Paquette",
          speaker_at='Desjardins-Paquette said, "and'),
        Q('"and that\'s on me. But the character in that room — you can\'t coach that."', "direct",
          "Desjardins-Paquette", "Luc Desjardins-Paquette", speaker_at='Desjardins-Paquette said, "and'),
        Q("the team had never stopped believing", "indirect", "Mäkelä", "Eetu Mäkelä",
          speaker_at="Mäkelä, an 18-year-old"),
        Q('"In Finland we say sisu. It means you don\'t quit,"', "direct", "he", "Eetu Mäkelä",
          speaker_at="he said with a grin"),
        Q('"given one away"', "partial", "He", "Harjit Gill", speaker_at="He told reporters"),
        Q("would need a far better start in Game 5", "indirect", "He", "Harjit Gill", speaker_at="He told reporters"),
        Q('"We had them on the ropes. You can\'t let a team like that hang around in their own building,"', "direct",
          "Gill", "Harjit Gill", speaker_at="Gill said"),
        Q('"put himself on the map"', "partial", "One NHL scout in attendance", None),
        Q("he had been hurt blocking a shot in overtime", "indirect", "The club", "Vancouver Giants"),
        Q('"day-to-day."', "partial", "Desjardins-Paquette", "Luc Desjardins-Paquette",
          speaker_at="and Desjardins-Paquette would only say"),
    ], source="blind"),

    # ------------------------------------------------------------------ The Standard (Kenya)
    Case("blind22-kenya-mobile-money", """JamboPesa powers Jambo Telecom profit as digital lending soars

Jambo Telecom has posted a 17 per cent rise in net profit for the year to March, riding on strong growth at its mobile money platform JamboPesa even as a weaker shilling and higher taxes weighed on its voice business.

The Nairobi Securities Exchange-listed firm said profit after tax rose to Sh14.6 billion from Sh12.5 billion the previous year, while JamboPesa revenue jumped 29 per cent to Sh38.2 billion.

Chief executive Wanjiru Kamau-Otieno said the platform now had 11.4 million monthly active customers, up from 9.1 million a year earlier, with most of the growth coming from small traders using its merchant tills.

“Kenyans are no longer just sending money to relatives upcountry. They are paying for stock, for school fees, for electricity, and increasingly they are borrowing on the platform,” Ms Kamau-Otieno said during the results briefing in Nairobi yesterday.

Loans disbursed through the firm’s overdraft product, “Haraka”, more than doubled to Sh61 billion, the company said. Non-performing loans, however, climbed to 6.8 per cent from 4.9 per cent.

Chief finance officer Dilip Shah told investors that the firm had tightened its credit scoring and expected defaults to ease in the second half of the year.

“We would rather grow a little slower and grow clean,” he said.

Excise duty on mobile money transfers, which was raised to 15 per cent under the Finance Act 2023, cost the firm Sh2.3 billion over the period, Mr Shah said.

The board recommended a final dividend of Sh1.10 per share, up from Sh0.90, payable to shareholders on the register by August 16.

Ms Kamau-Otieno dismissed speculation that the company was preparing to spin off JamboPesa as a separate listed entity, saying the board had “no such plans on the table”.

Analysts welcomed the numbers but flagged regulatory risk. “The mobile money story is intact. The question is how long regulators will let margins on digital lending stay this fat,” said Faith Chepkoech, a research analyst at Amani Securities.

The Central Bank of Kenya said last month that it was reviewing the pricing of digital credit, a move lenders fear could lead to interest rate caps.

Jambo Telecom shares closed unchanged at Sh24.50 at the NSE yesterday.""", [
        Q("profit after tax rose to Sh14.6 billion from Sh12.5 billion the previous year, while JamboPesa revenue "
          "jumped 29 per cent to Sh38.2 billion", "indirect", "The Nairobi Securities Exchange-listed firm",
          "Jambo Telecom"),
        Q("the platform now had 11.4 million monthly active customers, up from 9.1 million a year earlier, with most "
          "of the growth coming from small traders using its merchant tills", "indirect", "Wanjiru Kamau-Otieno",
          "Wanjiru Kamau-Otieno"),
        Q("“Kenyans are no longer just sending money to relatives upcountry. They are paying for stock, for school "
          "fees, for electricity, and increasingly they are borrowing on the platform,”", "direct",
          "Ms Kamau-Otieno", "Wanjiru Kamau-Otieno", speaker_at="Ms Kamau-Otieno said during"),
        Q("Loans disbursed through the firm’s overdraft product, “Haraka”, more than doubled to Sh61 billion",
          "indirect", "the company", "Jambo Telecom", speaker_at="the company said"),
        Q("the firm had tightened its credit scoring and expected defaults to ease in the second half of the year",
          "indirect", "Dilip Shah", "Dilip Shah"),
        Q("“We would rather grow a little slower and grow clean,”", "direct", "he", "Dilip Shah",
          speaker_at="clean,” he said"),
        Q("Excise duty on mobile money transfers, which was raised to 15 per cent under the Finance Act 2023, cost the "
          "firm Sh2.3 billion over the period", "indirect", "Mr Shah", "Dilip Shah"),
        Q("“no such plans on the table”", "partial", "Ms Kamau-Otieno", "Wanjiru Kamau-Otieno",
          speaker_at="Ms Kamau-Otieno dismissed"),
        Q("“The mobile money story is intact. The question is how long regulators will let margins on digital lending "
          "stay this fat,”", "direct", "Faith Chepkoech", "Faith Chepkoech"),
        Q("it was reviewing the pricing of digital credit", "indirect", "The Central Bank of Kenya",
          "Central Bank of Kenya"),
    ], source="blind"),

    # ------------------------------------------------------------------ ThisDay (Nigeria)
    Case("blind22-abuja-bribery", """N2.4bn Bribery Trial: Court Admits Bank Records Against Ex-Perm Sec

Ikechukwu Anyanwu in Abuja

Justice Olukayode Adeniyi-Bakare of the Federal High Court, Abuja, yesterday admitted in evidence bank statements tendered by the Economic and Financial Crimes Commission (EFCC) in the ongoing trial of a former Permanent Secretary in the Federal Ministry of Power, Alhaji Ibrahim Danladi Bako.

Bako is standing trial alongside two companies, Zenon Grid Solutions Limited and Halima-Ade Ventures, on a 14-count charge bordering on bribery, abuse of office and money laundering to the tune of N2.4 billion.

The EFCC alleged that the defendant collected the money between 2019 and 2021 as kickbacks from contractors handling transmission projects in the North-east, and laundered part of it through the purchase of properties in Abuja and Dubai. He pleaded not guilty to all the counts.

At the resumed hearing yesterday, the fourth prosecution witness, an EFCC investigator, Aisha Umar-Bello, told the court that her team's analysis of the defendant's accounts revealed "a pattern of cash deposits that had no link with his legitimate income".

"My Lord, within a period of 18 months, the first defendant's accounts received over N900 million in cash deposits, none of which exceeded N5 million," the witness said while being led in evidence by the prosecution counsel, Chukwuemeka Ezenwa-Obi. "It was a deliberate attempt to avoid reporting thresholds."

Counsel to the first defendant, Chief Adebayo Ogunlesi-Martins, SAN, objected to the admissibility of the documents, arguing that they were not accompanied by a certificate of compliance as required by Section 84 of the Evidence Act.

"These are computer-generated documents, my Lord. The law is settled on this point," Ogunlesi-Martins submitted.

But Ezenwa-Obi countered that the certificate had been filed along with the proof of evidence on January 12 and urged the court to discountenance the objection.

In a short ruling, Justice Adeniyi-Bakare held that the documents satisfied the requirements of the law.

"The objection is overruled. The certificate of compliance is before the court and it was duly filed.

"The documents are accordingly admitted and marked as Exhibits P14 to P27," the judge ruled.

The matter was adjourned till March 3 for cross-examination of the witness.

Speaking to journalists after the proceedings, Ogunlesi-Martins said his client was "confident that he will be vindicated at the end of the day".""", [
        Q("the defendant collected the money between 2019 and 2021 as kickbacks from contractors handling transmission "
          "projects in the North-east, and laundered part of it through the purchase of properties in Abuja and Dubai",
          "indirect", "The EFCC", "Economic and Financial Crimes Commission"),
        Q('"a pattern of cash deposits that had no link with his legitimate income"', "partial", "Aisha Umar-Bello",
          "Aisha Umar-Bello"),
        Q('"My Lord, within a period of 18 months, the first defendant\'s accounts received over N900 million in cash '
          'deposits, none of which exceeded N5 million,"', "direct", "the witness", "Aisha Umar-Bello",
          speaker_at="the witness said"),
        Q('"It was a deliberate attempt to avoid reporting thresholds."', "direct", "the witness", "Aisha Umar-Bello",
          speaker_at="the witness said"),
        Q("they were not accompanied by a certificate of compliance as required by Section 84 of the Evidence Act",
          "indirect", "Adebayo Ogunlesi-Martins", "Adebayo Ogunlesi-Martins"),
        Q('"These are computer-generated documents, my Lord. The law is settled on this point,"', "direct",
          "Ogunlesi-Martins", "Adebayo Ogunlesi-Martins", speaker_at="Ogunlesi-Martins submitted"),
        Q("the certificate had been filed along with the proof of evidence on January 12", "indirect", "Ezenwa-Obi",
          "Chukwuemeka Ezenwa-Obi", speaker_at="But Ezenwa-Obi countered"),
        Q("the documents satisfied the requirements of the law", "indirect", "Adeniyi-Bakare",
          "Olukayode Adeniyi-Bakare", speaker_at="Justice Adeniyi-Bakare held"),
        Q('"The objection is overruled. The certificate of compliance is before the court and it was duly filed.',
          "direct", "the judge", "Olukayode Adeniyi-Bakare"),
        Q('"The documents are accordingly admitted and marked as Exhibits P14 to P27,"', "direct", "the judge",
          "Olukayode Adeniyi-Bakare"),
        Q('"confident that he will be vindicated at the end of the day"', "partial", "Ogunlesi-Martins",
          "Adebayo Ogunlesi-Martins", speaker_at="proceedings, Ogunlesi-Martins said"),
    ], source="blind"),

    # ------------------------------------------------------------------ News24 (South Africa)
    Case("blind22-rustenburg-mine", """Eleven miners trapped after shaft collapse at North West platinum mine

Rescue teams were racing against time on Wednesday to reach 11 mineworkers trapped underground after part of a shaft collapsed at a platinum mine near Rustenburg in North West.

The fall of ground happened at about 10:40 on Tuesday, roughly 900m below surface at Magaliesberg Platinum’s Kwena shaft, the company said in a statement. Twenty-three other workers in the section were brought to the surface, four of them with serious injuries.

Chief executive Pieter van der Merwe said rescuers had made contact with some of the trapped workers through a communication pipe.

“We have been able to talk to at least four of them, and they tell us the others are alive,” Van der Merwe told journalists at the mine gate on Wednesday afternoon. “We are not going to stop until every one of them is home.”

He said the rescue was complicated by unstable rock and water seeping into the section, and that Mines Rescue Services had brought in specialised drilling equipment from Gauteng.

The National Union of Mineworkers (NUM) said it had warned management about conditions in the shaft months ago.

NUM regional secretary Mpho Sekhukhune said workers had raised concerns about “cracks in the hanging wall” since at least March.

“This was not an act of God. Our members told the company, they told the inspectors, and nothing was done,” Sekhukhune said.

The Department of Mineral and Petroleum Resources said inspectors had been dispatched to the mine and that a Section 54 notice had been issued halting operations at the shaft. Departmental spokesperson Zanele Mahlangu-Khoza said the department would “leave no stone unturned” in its investigation.

At the gate, families waited in the cold for news. Nomvula Tshabalala, whose husband Sipho is among those trapped, said she had not slept since Tuesday.

“They keep telling us to be patient. How can you be patient when your husband is under the ground?” she asked.

Another relative, who did not want to be named, said the company had been slow to share information with families.

According to the Minerals Council South Africa, mining deaths in the country have fallen sharply over the past two decades, but falls of ground remain one of the leading causes of fatalities.""", [
        Q("The fall of ground happened at about 10:40 on Tuesday, roughly 900m below surface at Magaliesberg "
          "Platinum’s Kwena shaft", "indirect", "the company", "Magaliesberg Platinum",
          speaker_at="the company said in a statement"),
        Q("rescuers had made contact with some of the trapped workers through a communication pipe", "indirect",
          "Pieter van der Merwe", "Pieter van der Merwe"),
        Q("“We have been able to talk to at least four of them, and they tell us the others are alive,”", "direct",
          "Van der Merwe", "Pieter van der Merwe"),
        Q("“We are not going to stop until every one of them is home.”", "direct", "Van der Merwe",
          "Pieter van der Merwe"),
        Q("the rescue was complicated by unstable rock and water seeping into the section", "indirect", "He",
          "Pieter van der Merwe", speaker_at="He said the rescue"),
        Q("Mines Rescue Services had brought in specialised drilling equipment from Gauteng", "indirect", "He",
          "Pieter van der Merwe", speaker_at="He said the rescue"),
        Q("it had warned management about conditions in the shaft months ago", "indirect",
          "The National Union of Mineworkers", "National Union of Mineworkers"),
        Q("“cracks in the hanging wall”", "partial", "Mpho Sekhukhune", "Mpho Sekhukhune"),
        Q("“This was not an act of God. Our members told the company, they told the inspectors, and nothing was "
          "done,”", "direct", "Sekhukhune", "Mpho Sekhukhune", speaker_at="done,” Sekhukhune said"),
        Q("inspectors had been dispatched to the mine", "indirect", "The Department of Mineral and Petroleum Resources",
          "Department of Mineral and Petroleum Resources"),
        Q("a Section 54 notice had been issued halting operations at the shaft", "indirect",
          "The Department of Mineral and Petroleum Resources", "Department of Mineral and Petroleum Resources"),
        Q("“leave no stone unturned”", "partial", "Zanele Mahlangu-Khoza", "Zanele Mahlangu-Khoza"),
        Q("she had not slept since Tuesday", "indirect", "Nomvula Tshabalala", "Nomvula Tshabalala"),
        Q("“They keep telling us to be patient. How can you be patient when your husband is under the ground?”",
          "direct", "she", "Nomvula Tshabalala", speaker_at="she asked"),
        Q("the company had been slow to share information with families", "indirect", "Another relative", None),
        Q("mining deaths in the country have fallen sharply over the past two decades, but falls of ground remain one "
          "of the leading causes of fatalities", "indirect", "the Minerals Council South Africa",
          "Minerals Council South Africa"),
    ], source="blind"),

    # ------------------------------------------------------------------ Ghanaian Times
    Case("blind22-ghana-chieftaincy", """REGSEC imposes curfew on Nkwantanan after chieftaincy clash

From Kofi Adjei-Manu, Koforidua

The Eastern Regional Security Council (REGSEC) has imposed a dusk-to-dawn curfew on Nkwantanan and its surrounding communities following a violent clash between two factions in the town's long-running chieftaincy dispute.

Two persons were confirmed dead and at least nine others injured when supporters of rival claimants to the Nkwantanan stool clashed on Sunday, setting fire to several houses and a vehicle.

In a statement signed by the Eastern Regional Minister, Mr Kwasi Owusu-Afriyie, REGSEC said the curfew, which runs from 6pm to 6am, would remain in force until further notice.

"Any person found loitering during the curfew hours or in possession of offensive weapons will be arrested and dealt with according to law," the council warned.

The Eastern Regional Police Commander, DCOP Emmanuel Addo-Mensah, told the Ghanaian Times in Koforidua that 14 suspects had been arrested and were assisting with investigations.

"We have deployed additional personnel to the area and calm has been restored. We will not allow anybody to take the law into his own hands," he said.

The dispute dates back to 2019, when the late chief of the town, Nana Kofi Boakye III, joined his ancestors. The Asona and Agona families each claim the right to nominate his successor, and the matter is pending before the Judicial Committee of the Eastern Regional House of Chiefs.

The Abusuapanin of the Asona family, Opanin Kwame Nsiah-Darko, accused the rival faction of attempting to "impose" an unqualified candidate on the people and said his family would not accept any enstoolment outside the laid-down process.

"We are law-abiding people. We have gone to the House of Chiefs and we are waiting patiently," he said.

But a spokesperson for the Agona family, Mr Yaw Ofori-Atta, described the allegations as "baseless and mischievous", insisting that their candidate, Nana Kwadwo Agyemang, had been properly nominated by the Queenmother in accordance with custom.

The President of the Eastern Regional House of Chiefs, Odeefuo Nana Asare Boamah IV, appealed to both factions to "sheathe their swords" and allow the judicial committee to complete its work.

"Chieftaincy is meant to unite our people, not to divide them. Nobody gains from bloodshed," he told journalists at Koforidua.

Residents who spoke to the paper on condition of anonymity said many families had fled to nearby Asamankese and Suhum for fear of further attacks.""", [
        Q("the curfew, which runs from 6pm to 6am, would remain in force until further notice", "indirect", "REGSEC",
          "Eastern Regional Security Council", speaker_at="REGSEC said"),
        Q('"Any person found loitering during the curfew hours or in possession of offensive weapons will be arrested '
          'and dealt with according to law,"', "direct", "the council", "Eastern Regional Security Council"),
        Q("14 suspects had been arrested and were assisting with investigations", "indirect", "Emmanuel Addo-Mensah",
          "Emmanuel Addo-Mensah"),
        Q('"We have deployed additional personnel to the area and calm has been restored. We will not allow anybody to '
          'take the law into his own hands,"', "direct", "he", "Emmanuel Addo-Mensah",
          speaker_at='own hands," he said'),
        Q('"impose"', "partial", "Kwame Nsiah-Darko", "Kwame Nsiah-Darko"),
        Q("his family would not accept any enstoolment outside the laid-down process", "indirect", "Kwame Nsiah-Darko",
          "Kwame Nsiah-Darko"),
        Q('"We are law-abiding people. We have gone to the House of Chiefs and we are waiting patiently,"', "direct",
          "he", "Kwame Nsiah-Darko", speaker_at='patiently," he said'),
        Q('"baseless and mischievous",', "partial", "Yaw Ofori-Atta", "Yaw Ofori-Atta"),
        Q("their candidate, Nana Kwadwo Agyemang, had been properly nominated by the Queenmother in accordance with "
          "custom", "indirect", "Yaw Ofori-Atta", "Yaw Ofori-Atta"),
        Q('"sheathe their swords"', "partial", "Nana Asare Boamah IV", "Asare Boamah IV"),
        Q('"Chieftaincy is meant to unite our people, not to divide them. Nobody gains from bloodshed,"', "direct",
          "he", "Asare Boamah IV", speaker_at="he told journalists"),
        Q("many families had fled to nearby Asamankese and Suhum for fear of further attacks", "indirect", "Residents",
          None),
    ], source="blind"),

    # ------------------------------------------------------------------ Khaleej Times (Dubai)
    Case("blind22-dubai-squash", """El Shafei and Nur Aisyah crowned champions at Dubai Squash Classic

Egypt’s Youssef El Shafei and Malaysia’s Nur Aisyah binti Rahman lifted the titles at the Dubai Squash Classic on Saturday night, in front of a capacity crowd at the all-glass court in Dubai Festival City.

El Shafei, the world No. 4, came from two games down to beat New Zealand’s Liam Ngata-Brown 9-11, 8-11, 11-7, 11-4, 11-6 in 78 minutes.

“After the second game I told myself, just stay on the court as long as you can and make him work,” said the 26-year-old from Alexandria. “He was playing unbelievable squash. But my legs felt good, and I think in the end he got a little tired.”

Ngata-Brown, 23, who was playing in his first final at this level, said he had “no regrets”.

“I’ll learn a lot from tonight. He’s a great champion and he showed why,” the Kiwi said.

In the women’s final, Nur Aisyah, 21, upset Egypt’s top seed Farida Hegazy 11-8, 12-10, 11-9 to claim the biggest title of her career.

“I can’t believe it. I want to dedicate this to my parents, who sold their car so I could play my first junior tournament in Penang,” an emotional Nur Aisyah said courtside.

Datuk Razali Hamid, president of the Squash Racquets Association of Malaysia (SRAM), who flew in for the final, told Khaleej Times the victory was “a huge moment for Malaysian squash”. He said the association would use the result to attract sponsors for its junior programme.

Sheikh Hamdan bin Saeed Al Falasi, chairman of the Emirates Squash Federation, who presented the trophies, said the tournament had drawn more than 14,000 spectators over the week, a record for the event.

“Dubai has become a home for world squash,” Sheikh Hamdan said. “Our aim now is to make sure young Emiratis are inspired to pick up a racket.”

He confirmed that prize money would rise to $400,000 for next year’s edition, putting it among the richest events on the calendar.

The Professional Squash Association (PSA) said the Dubai event had been shortlisted for its “Event of the Year” award, to be announced in June.""", [
        Q("“After the second game I told myself, just stay on the court as long as you can and make him work,”",
          "direct", "the 26-year-old from Alexandria", "Youssef El Shafei"),
        Q("“He was playing unbelievable squash. But my legs felt good, and I think in the end he got a little tired.”",
          "direct", "the 26-year-old from Alexandria", "Youssef El Shafei"),
        Q("“no regrets”", "partial", "Ngata-Brown", "Liam Ngata-Brown", speaker_at="Ngata-Brown, 23"),
        Q("“I’ll learn a lot from tonight. He’s a great champion and he showed why,”", "direct", "the Kiwi",
          "Liam Ngata-Brown"),
        Q("“I can’t believe it. I want to dedicate this to my parents, who sold their car so I could play my first "
          "junior tournament in Penang,”", "direct", "Nur Aisyah", "Nur Aisyah binti Rahman",
          speaker_at="an emotional Nur Aisyah said"),
        Q("“a huge moment for Malaysian squash”", "partial", "Razali Hamid", "Razali Hamid"),
        Q("the association would use the result to attract sponsors for its junior programme", "indirect", "He",
          "Razali Hamid", speaker_at="He said the association"),
        Q("the tournament had drawn more than 14,000 spectators over the week, a record for the event", "indirect",
          "Hamdan bin Saeed Al Falasi", "Hamdan bin Saeed Al Falasi"),
        Q("“Dubai has become a home for world squash,”", "direct", "Hamdan", "Hamdan bin Saeed Al Falasi",
          speaker_at="Sheikh Hamdan said"),
        Q("“Our aim now is to make sure young Emiratis are inspired to pick up a racket.”", "direct", "Hamdan",
          "Hamdan bin Saeed Al Falasi", speaker_at="Sheikh Hamdan said"),
        Q("prize money would rise to $400,000 for next year’s edition", "indirect", "He", "Hamdan bin Saeed Al Falasi",
          speaker_at="He confirmed"),
        Q("the Dubai event had been shortlisted for its “Event of the Year” award, to be announced in June",
          "indirect", "The Professional Squash Association", "Professional Squash Association"),
    ], source="blind"),

    # ------------------------------------------------------------------ VnExpress International
    Case("blind22-vietnam-h5n1", """Khanh Hoa man in critical condition with H5N1 bird flu

A 21-year-old man in the south-central province of Khanh Hoa is in critical condition after testing positive for the H5N1 avian influenza virus, the Ministry of Health said Thursday.

The man, a university student from Ninh Hoa Town, was admitted to the provincial general hospital on March 9 with a high fever, cough and difficulty breathing, according to the ministry's Department of Preventive Medicine. He was transferred to the Hospital for Tropical Diseases in HCMC two days later and put on a ventilator.

Samples tested at the Pasteur Institute in Nha Trang confirmed the virus on March 13.

Phan Thi Thu Trang, deputy director of the Department of Preventive Medicine, said investigators found that several chickens at the family's home had died suddenly in the week before the man fell ill, and that the family had cooked and eaten some of them.

"This is exactly the kind of exposure we warn people about. Sick or dead poultry must never be slaughtered or eaten," Trang said.

She said 18 people who had close contact with the patient, including his parents and two classmates, were being monitored and none had shown symptoms so far.

Local authorities have culled around 2,300 birds in Ninh Hoa and disinfected markets and farms within a three-kilometer radius, according to Tran Quoc Vinh, head of the Department of Animal Health under the Ministry of Agriculture and Environment.

Vinh warned the risk of further outbreaks was high as the weather turned warmer and poultry trading picked up. "Many households still keep chickens and ducks in the yard without vaccinating them," he told VnExpress.

Le Van Sau, a neighbor who raises around 200 ducks, said health workers had come to spray disinfectant on Wednesday.

"We're worried, but what can we do? The ducks are our income," Sau said.

Vietnam recorded its first human H5N1 infection in 2003, and the virus has killed more than 60 people in the country since then. The World Health Organization has said the risk to the general public remains low.""", [
        Q("A 21-year-old man in the south-central province of Khanh Hoa is in critical condition after testing "
          "positive for the H5N1 avian influenza virus", "indirect", "the Ministry of Health", "Ministry of Health"),
        Q("The man, a university student from Ninh Hoa Town, was admitted to the provincial general hospital on March 9 "
          "with a high fever, cough and difficulty breathing", "indirect",
          "the ministry's Department of Preventive Medicine", "Department of Preventive Medicine"),
        Q("investigators found that several chickens at the family's home had died suddenly in the week before the man "
          "fell ill, and that the family had cooked and eaten some of them", "indirect", "Phan Thi Thu Trang",
          "Phan Thi Thu Trang"),
        Q('"This is exactly the kind of exposure we warn people about. Sick or dead poultry must never be slaughtered '
          'or eaten,"', "direct", "Trang", "Phan Thi Thu Trang", speaker_at="Trang said"),
        Q("18 people who had close contact with the patient, including his parents and two classmates, were being "
          "monitored and none had shown symptoms so far", "indirect", "She", "Phan Thi Thu Trang",
          speaker_at="She said 18"),
        Q("Local authorities have culled around 2,300 birds in Ninh Hoa and disinfected markets and farms within a "
          "three-kilometer radius", "indirect", "Tran Quoc Vinh", "Tran Quoc Vinh"),
        Q("the risk of further outbreaks was high as the weather turned warmer and poultry trading picked up",
          "indirect", "Vinh", "Tran Quoc Vinh", speaker_at="Vinh warned"),
        Q('"Many households still keep chickens and ducks in the yard without vaccinating them,"', "direct", "he",
          "Tran Quoc Vinh", speaker_at="he told VnExpress"),
        Q("health workers had come to spray disinfectant on Wednesday", "indirect", "Le Van Sau", "Le Van Sau"),
        Q('"We\'re worried, but what can we do? The ducks are our income,"', "direct", "Sau", "Le Van Sau",
          speaker_at="Sau said"),
        Q("the risk to the general public remains low", "indirect", "The World Health Organization",
          "World Health Organization"),
    ], source="blind"),

    # ------------------------------------------------------------------ The Daily Star (Bangladesh)
    Case("blind22-gazipur-fire", """Gazipur knitwear factory fire: 9 killed, 37 injured

Staff Correspondent, Gazipur

At least nine workers were killed and 37 others injured when a fire broke out at a knitwear factory in Gazipur's Konabari yesterday morning, sending hundreds of panicked workers rushing down a single narrow staircase.

The fire originated on the fourth floor of the six-storey Rupsha Knit Composite Ltd building around 9:15am, when some 1,200 workers were inside, said Lt Col Tajul Islam Chowdhury, director (operations) of Fire Service and Civil Defence.

Twelve firefighting units brought the blaze under control after nearly four hours, he said.

"Primary information suggests the fire started from an electrical short circuit in the cutting section. Stacks of fabric and chemicals helped it spread very quickly," Chowdhury told The Daily Star at the spot.

He said the factory's emergency exit on the north side had been found locked when firefighters arrived. The factory's management could not be reached for comment despite repeated attempts.

Most of the dead were women who worked in the sewing section, according to police. The bodies were sent to Shaheed Tajuddin Ahmad Medical College Hospital for autopsy.

Rehana Akter, 24, a sewing operator who escaped with burns on her arms, said the smoke filled the floor within minutes.

"We could not see anything. People were screaming and pushing. I jumped onto the roof of the next building," she said from her bed at the hospital's burn unit.

Gazipur Deputy Commissioner Nurjahan Begum said the district administration had formed a five-member probe committee, which has been asked to submit its report within seven working days. Each family of the deceased will receive Tk 2 lakh as immediate assistance, she added.

In a statement, the Bangladesh Garment Manufacturers and Exporters Association (BGMEA) expressed deep shock at the deaths. BGMEA said it would bear the full cost of treatment of the injured workers.

"This is not an accident. It is murder by negligence," said Shahidul Islam Sabuj, convener of the Garment Workers' Rights Forum, who visited the site in the afternoon. "How many more workers must die before owners are held accountable?"

The incident comes more than a decade after the Rana Plaza collapse, which killed over 1,100 garment workers and led to sweeping reforms in factory safety.""", [
        Q("The fire originated on the fourth floor of the six-storey Rupsha Knit Composite Ltd building around 9:15am, "
          "when some 1,200 workers were inside", "indirect", "Tajul Islam Chowdhury", "Tajul Islam Chowdhury"),
        Q("Twelve firefighting units brought the blaze under control after nearly four hours", "indirect", "he",
          "Tajul Islam Chowdhury", speaker_at="hours, he said"),
        Q('"Primary information suggests the fire started from an electrical short circuit in the cutting section. '
          'Stacks of fabric and chemicals helped it spread very quickly,"', "direct", "Chowdhury",
          "Tajul Islam Chowdhury", speaker_at="Chowdhury told"),
        Q("the factory's emergency exit on the north side had been found locked when firefighters arrived", "indirect",
          "He", "Tajul Islam Chowdhury", speaker_at="He said the factory's"),
        Q("Most of the dead were women who worked in the sewing section", "indirect", "police", None),
        Q("the smoke filled the floor within minutes", "indirect", "Rehana Akter", "Rehana Akter"),
        Q('"We could not see anything. People were screaming and pushing. I jumped onto the roof of the next '
          'building,"', "direct", "she", "Rehana Akter", speaker_at="she said from"),
        Q("the district administration had formed a five-member probe committee, which has been asked to submit its "
          "report within seven working days", "indirect", "Nurjahan Begum", "Nurjahan Begum"),
        Q("Each family of the deceased will receive Tk 2 lakh as immediate assistance", "indirect", "she",
          "Nurjahan Begum", speaker_at="she added"),
        Q("it would bear the full cost of treatment of the injured workers", "indirect", "BGMEA",
          "Bangladesh Garment Manufacturers and Exporters Association", speaker_at="BGMEA said"),
        Q('"This is not an accident. It is murder by negligence,"', "direct", "Shahidul Islam Sabuj",
          "Shahidul Islam Sabuj"),
        Q('"How many more workers must die before owners are held accountable?"', "direct", "Shahidul Islam Sabuj",
          "Shahidul Islam Sabuj"),
    ], source="blind"),

    # ------------------------------------------------------------------ US college-town daily
    Case("blind22-college-tuition", """Regents OK 4.9% tuition hike at Kessler State despite student protest

By Megan Tollefson | Staff writer

In-state undergraduates at Kessler State University will pay $11,840 in tuition next fall after the Board of Regents voted 7-2 Thursday to approve a 4.9% increase, the largest in more than a decade.

About 60 students, many carrying signs reading "Books not bonds" and "Who is KSU for?", packed the back of the Regents Room in Harlan Hall and chanted in the hallway during a recess.

University officials said the increase was needed to cover rising health insurance costs for employees and a $14 million cut in state funding approved by lawmakers in the spring.

"Nobody on this board takes this decision lightly," said Regent María Elena Castañeda-Ruiz, who chairs the board's finance committee. "But we can either raise tuition modestly or we can cut programs that students depend on. I'm not willing to do the latter."

Regents Tom Becker and Dr. Alisha Monroe-Grant cast the dissenting votes. Monroe-Grant said the board had "not done enough" to look at alternatives, including trimming the athletics budget.

Student Body President Deshawn O'Neal-Whitaker, a senior from Kansas City, told regents during public comment that many of his classmates were already working two jobs.

"You keep telling us the increase is only a few hundred dollars," he said. "For a lot of us, a few hundred dollars is rent."

Provost Ravi Subramanian said need-based aid would grow by 8% next year and that students from families earning under $65,000 would see no increase in what they actually pay.

State Sen. Harold Lindqvist, R-Millbrook, whose district includes the campus, said in a phone interview Friday that the increase was "disappointing but not surprising." He said lawmakers would take another look at higher education funding next session.

A spokesperson for Gov. Pamela Achterberg declined to comment on the vote.

Prof. Elena Vasquez-Holt, who chairs the Faculty Senate, said she understood the board's position but worried about the message it sent. "Every time we raise tuition, some kid in a small town decides college isn't for them," she said.

The increase takes effect with the fall semester. Tuition for out-of-state students will rise 6%, to $29,400.""", [
        Q("the increase was needed to cover rising health insurance costs for employees and a $14 million cut in state "
          "funding approved by lawmakers in the spring", "indirect", "University officials", None),
        Q('"Nobody on this board takes this decision lightly,"', "direct", "María Elena Castañeda-Ruiz",
          "María Elena Castañeda-Ruiz"),
        Q('"But we can either raise tuition modestly or we can cut programs that students depend on. I\'m not willing '
          'to do the latter."', "direct", "María Elena Castañeda-Ruiz", "María Elena Castañeda-Ruiz"),
        Q('"not done enough"', "partial", "Monroe-Grant", "Alisha Monroe-Grant", speaker_at="Monroe-Grant said"),
        Q("many of his classmates were already working two jobs", "indirect", "Deshawn O'Neal-Whitaker",
          "Deshawn O'Neal-Whitaker"),
        Q('"You keep telling us the increase is only a few hundred dollars,"', "direct", "he",
          "Deshawn O'Neal-Whitaker", speaker_at='dollars," he said'),
        Q('"For a lot of us, a few hundred dollars is rent."', "direct", "he", "Deshawn O'Neal-Whitaker",
          speaker_at='dollars," he said'),
        Q("need-based aid would grow by 8% next year", "indirect", "Ravi Subramanian", "Ravi Subramanian"),
        Q("students from families earning under $65,000 would see no increase in what they actually pay", "indirect",
          "Ravi Subramanian", "Ravi Subramanian"),
        Q('"disappointing but not surprising."', "partial", "Harold Lindqvist", "Harold Lindqvist"),
        Q("lawmakers would take another look at higher education funding next session", "indirect", "He",
          "Harold Lindqvist", speaker_at="He said lawmakers"),
        Q("she understood the board's position but worried about the message it sent", "indirect",
          "Elena Vasquez-Holt", "Elena Vasquez-Holt"),
        Q('"Every time we raise tuition, some kid in a small town decides college isn\'t for them,"', "direct", "she",
          "Elena Vasquez-Holt", speaker_at='them," she said'),
    ], source="blind"),
]
