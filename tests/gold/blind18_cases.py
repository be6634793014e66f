"""Blind gold, batch 18: sixteen short news articles written blind to the pretagger.

House styles and regions: AP and Bloomberg wire copy with datelines, The
Independent, Belfast News Letter, Western Mail, The Advertiser (Adelaide), NZ
Herald, Ottawa Citizen, The EastAfrican, The Chronicle (Zimbabwe), Premium
Times, Mail & Guardian, The National (UAE), Japan Today, Dawn and the Buenos
Aires Times. Curly double quotes, straight quotes and British single quotes;
speakers before, after and inside quotes, pronouns, titles and surnames,
"according to", "told X that", quotes running on into the next paragraph,
partial quotes, and nicknames, terms and titles in marks that are not quotes.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # ------------------------------------------------------------------ AP
    Case("blind18-ap-helicopter", """Medical helicopter crash in Montana kills 3, including flight nurse

BILLINGS, Mont. (AP) — A medical helicopter crashed into a snowy field in south-central Montana late Tuesday, killing all three crew members on board, authorities said Wednesday.

The Airbus H125 operated by Big Sky Air Ambulance went down about 10 miles (16 kilometers) northwest of Roundup shortly after 11 p.m. as it returned to Billings from a patient transfer, according to the Federal Aviation Administration. No patient was aboard.

Musselshell County Sheriff Dale Ruckelshaus said the victims were pilot Thomas Eagle Bear, 52, of Lame Deer; flight nurse Katarzyna Nowak-Reyes, 38, of Billings; and paramedic Luis de la Cruz, 29, of Laurel.

"These were people who got up every day to go save somebody else's family," Ruckelshaus said at a news conference. "Today this whole county is grieving with theirs."

A rancher who lives about a mile from the crash site told The Associated Press he heard the helicopter "flying low and kind of laboring" before it dropped out of sight behind a ridge.

"Then it just went quiet," said the rancher, Wes Halvorsen. "I knew right then."

Halvorsen said he and a neighbor drove toward the glow of the wreckage in a pickup but were turned back by deep drifts.

The National Transportation Safety Board said it was sending two investigators and expected to release a preliminary report within 30 days. NTSB spokesperson Sarah Lindqvist said visibility in the area had been poor, with light snow and freezing fog, but cautioned that it was "far too early" to say what caused the crash.

Big Sky Air Ambulance grounded its fleet of four helicopters through the weekend.

"Our hearts are broken," CEO Marcy Tallbull-Jensen said in a statement. She said the company would cooperate fully with investigators and was offering counseling to employees.

Eagle Bear, a member of the Northern Cheyenne Tribe, flew Black Hawks in the Army for 20 years before joining the company in 2016, his cousin Renee Two Moons said.

"He used to say the cockpit was the only place he ever felt calm," she said. "He'd want people to know he loved that job."

State Sen. Carla Whitehorse, whose district includes Roundup, wrote on social media that the crew had "died doing the most selfless work there is."

It was the second fatal air ambulance crash in Montana in 18 months.""", [
        Q("A medical helicopter crashed into a snowy field in south-central Montana late Tuesday, killing all three "
          "crew members on board", "indirect", "authorities", None),
        Q("The Airbus H125 operated by Big Sky Air Ambulance went down about 10 miles (16 kilometers) northwest of "
          "Roundup shortly after 11 p.m. as it returned to Billings from a patient transfer", "indirect",
          "the Federal Aviation Administration", "Federal Aviation Administration"),
        Q("the victims were pilot Thomas Eagle Bear, 52, of Lame Deer; flight nurse Katarzyna Nowak-Reyes, 38, of "
          "Billings; and paramedic Luis de la Cruz, 29, of Laurel", "indirect", "Dale Ruckelshaus",
          "Dale Ruckelshaus"),
        Q('"These were people who got up every day to go save somebody else\'s family,"', "direct", "Ruckelshaus",
          "Dale Ruckelshaus", speaker_at="Ruckelshaus said at"),
        Q('"Today this whole county is grieving with theirs."', "direct", "Ruckelshaus", "Dale Ruckelshaus",
          speaker_at="Ruckelshaus said at"),
        Q('"flying low and kind of laboring"', "partial", "A rancher who lives about a mile from the crash site",
          "Wes Halvorsen"),
        Q('"Then it just went quiet,"', "direct", "Wes Halvorsen", "Wes Halvorsen"),
        Q('"I knew right then."', "direct", "Wes Halvorsen", "Wes Halvorsen"),
        Q("he and a neighbor drove toward the glow of the wreckage in a pickup but were turned back by deep drifts",
          "indirect", "Halvorsen", "Wes Halvorsen", speaker_at="Halvorsen said"),
        Q("it was sending two investigators and expected to release a preliminary report within 30 days", "indirect",
          "The National Transportation Safety Board", "National Transportation Safety Board"),
        Q("visibility in the area had been poor, with light snow and freezing fog", "indirect", "Sarah Lindqvist",
          "Sarah Lindqvist"),
        Q('"far too early"', "partial", "Sarah Lindqvist", "Sarah Lindqvist"),
        Q('"Our hearts are broken,"', "direct", "Marcy Tallbull-Jensen", "Marcy Tallbull-Jensen"),
        Q("the company would cooperate fully with investigators and was offering counseling to employees", "indirect",
          "She", "Marcy Tallbull-Jensen", speaker_at="She said the company"),
        Q("Eagle Bear, a member of the Northern Cheyenne Tribe, flew Black Hawks in the Army for 20 years before "
          "joining the company in 2016", "indirect", "Renee Two Moons", "Renee Two Moons"),
        Q('"He used to say the cockpit was the only place he ever felt calm,"', "direct", "she", "Renee Two Moons",
          speaker_at='calm," she said'),
        Q('"He\'d want people to know he loved that job."', "direct", "she", "Renee Two Moons",
          speaker_at='calm," she said'),
        Q('"died doing the most selfless work there is."', "partial", "Carla Whitehorse", "Carla Whitehorse"),
    ]),

    # ------------------------------------------------------------------ Bloomberg
    Case("blind18-bloomberg-shipping", """Straits Line Profit Slumps 62% as Red Sea Windfall Fades

SINGAPORE (Bloomberg) — Straits Line Holdings Ltd., Southeast Asia’s biggest container carrier by capacity, reported a 62% plunge in first-half profit and warned that freight rates would stay under pressure as a wave of newly built ships hits the water.

Net income fell to $418 million in the six months through June from $1.1 billion a year earlier, the Singapore-based company said in a stock exchange filing on Thursday. Revenue slid 19% to $4.7 billion, missing the average estimate of analysts surveyed by Bloomberg.

“The extraordinary rates we saw when ships were diverting around the Cape of Good Hope are behind us,” Chief Executive Officer Tan Wei Liang said on a call with analysts. “We are now in a market where there is simply too much capacity chasing too little cargo.”

Tan said the company would defer delivery of four of the 12 vessels it has on order and suspend one of its three loops between Asia and northern Europe. He described the outlook for the second half as “challenging but manageable” and declined to say whether jobs would be cut.

The shares fell as much as 7.4% in Singapore, the steepest intraday drop since March 2023, before paring losses to close 4.9% lower.

The global container fleet is set to expand by about 10% this year, outpacing demand growth of roughly 3%, according to shipping consultancy Drewry.

“Carriers spent the windfall on new ships, and now the bill is coming due,” said Lim Hui Min, a transport analyst at Meridian Securities in Singapore. Smaller operators with older fleets were the “most exposed”, she added.

Chief Financial Officer Nurul Huda binte Ismail said the balance sheet remained strong, with net cash of $2.3 billion, and that the board would hold the interim dividend at 5 cents a share. Nurul Huda told analysts the company had no plans to sell ships to raise cash.

Rival operators are feeling the same squeeze. Selat Terminals Bhd, which runs container berths in Johor, said last week that volumes had dropped for a third straight quarter. Its chief executive, Datuk Azman bin Yusof, said in an interview that the industry faced “two very lean years.”

Straits Line is also in talks to sell its 35% stake in a Rotterdam terminal, people familiar with the matter said last month. A company spokeswoman declined to comment on Thursday.""", [
        Q("that freight rates would stay under pressure as a wave of newly built ships hits the water", "indirect",
          "Straits Line Holdings Ltd.", "Straits Line Holdings Ltd."),
        Q("Net income fell to $418 million in the six months through June from $1.1 billion a year earlier",
          "indirect", "the Singapore-based company", "Straits Line Holdings Ltd."),
        Q("“The extraordinary rates we saw when ships were diverting around the Cape of Good Hope are behind us,”",
          "direct", "Tan Wei Liang", "Tan Wei Liang"),
        Q("“We are now in a market where there is simply too much capacity chasing too little cargo.”", "direct",
          "Tan Wei Liang", "Tan Wei Liang"),
        Q("the company would defer delivery of four of the 12 vessels it has on order and suspend one of its three "
          "loops between Asia and northern Europe", "indirect", "Tan", "Tan Wei Liang", speaker_at="Tan said"),
        Q("“challenging but manageable”", "partial", "He", "Tan Wei Liang", speaker_at="He described"),
        Q("The global container fleet is set to expand by about 10% this year, outpacing demand growth of roughly 3%",
          "indirect", "Drewry", "Drewry"),
        Q("“Carriers spent the windfall on new ships, and now the bill is coming due,”", "direct", "Lim Hui Min",
          "Lim Hui Min"),
        Q("“most exposed”", "partial", "she", "Lim Hui Min", speaker_at="she added"),
        Q("the balance sheet remained strong, with net cash of $2.3 billion, and that the board would hold the "
          "interim dividend at 5 cents a share", "indirect", "Nurul Huda binte Ismail", "Nurul Huda binte Ismail"),
        Q("the company had no plans to sell ships to raise cash", "indirect", "Nurul Huda", "Nurul Huda binte Ismail",
          speaker_at="Nurul Huda told"),
        Q("that volumes had dropped for a third straight quarter", "indirect", "Selat Terminals Bhd",
          "Selat Terminals Bhd"),
        Q("“two very lean years.”", "partial", "Azman bin Yusof", "Azman bin Yusof"),
        Q("Straits Line is also in talks to sell its 35% stake in a Rotterdam terminal", "indirect",
          "people familiar with the matter", None),
    ]),

    # ------------------------------------------------------------------ The Independent
    Case("blind18-independent-inquest", """Coroner warns of ‘missed opportunities’ after student died waiting for mental health bed

A university student who died after waiting nine days for an inpatient mental health bed was let down by a system “stretched beyond breaking point”, a coroner has concluded.

Priya Raghunathan-Clarke, 20, a second-year chemistry student at the University of Leicester, died at her flat in the city on 14 February last year.

She had been assessed as needing urgent admission on 5 February, but no bed was available anywhere in the East Midlands.

Recording a narrative conclusion at Leicester Town Hall on Thursday, assistant coroner Dr Hassan Mirza said there had been “a series of missed opportunities” to admit her to hospital.

“Priya’s family did everything they could to raise the alarm,” he said. “The people responsible for her care knew she was at high risk, and yet the bed she needed simply did not exist.”

Dr Mirza said he would send a prevention of future deaths report to the Department of Health and Social Care and to Leicestershire Partnership NHS Trust.

Giving evidence on Wednesday, the trust’s associate medical director, Dr Eleanor Fitzwilliam, told the inquest that bed occupancy had been running at 104 per cent that month. “We were placing patients as far away as Cornwall,” she said. “I am deeply sorry that we could not do more for Priya.”

In a statement read outside the hearing, the family said they hoped no other parents would “have to watch a child slip away while waiting for help”.

“She was funny, fierce and kind, and she wanted to be a doctor,” her father, Anand Raghunathan, said. “We will keep fighting so that her name means something.”

A spokesperson for the trust said it accepted the coroner’s findings in full and had opened 12 additional beds since her death.

The Royal College of Psychiatrists said the case was “sadly not unique”. Its registrar, Prof Tomasz Wiśniewski, said out-of-area placements in England had risen by a third in two years, describing the figures as “a national scandal hiding in plain sight”.

If you are experiencing feelings of distress, or are struggling to cope, you can speak to the Samaritans, in confidence, on 116 123 (UK and ROI), email jo@samaritans.org, or visit the Samaritans website.""", [
        Q("‘missed opportunities’", "partial", "Coroner", "Hassan Mirza"),
        Q("“stretched beyond breaking point”", "partial", "a coroner", "Hassan Mirza"),
        Q("“a series of missed opportunities”", "partial", "Hassan Mirza", "Hassan Mirza"),
        Q("“Priya’s family did everything they could to raise the alarm,”", "direct", "he", "Hassan Mirza",
          speaker_at="alarm,” he said"),
        Q("“The people responsible for her care knew she was at high risk, and yet the bed she needed simply did "
          "not exist.”", "direct", "he", "Hassan Mirza", speaker_at="alarm,” he said"),
        Q("he would send a prevention of future deaths report to the Department of Health and Social Care and to "
          "Leicestershire Partnership NHS Trust", "indirect", "Mirza", "Hassan Mirza", speaker_at="Dr Mirza said"),
        Q("that bed occupancy had been running at 104 per cent that month", "indirect", "Eleanor Fitzwilliam",
          "Eleanor Fitzwilliam"),
        Q("“We were placing patients as far away as Cornwall,”", "direct", "she", "Eleanor Fitzwilliam",
          speaker_at="Cornwall,” she said"),
        Q("“I am deeply sorry that we could not do more for Priya.”", "direct", "she", "Eleanor Fitzwilliam",
          speaker_at="Cornwall,” she said"),
        Q("“have to watch a child slip away while waiting for help”", "partial", "the family", None),
        Q("“She was funny, fierce and kind, and she wanted to be a doctor,”", "direct", "Anand Raghunathan",
          "Anand Raghunathan"),
        Q("“We will keep fighting so that her name means something.”", "direct", "Anand Raghunathan",
          "Anand Raghunathan"),
        Q("it accepted the coroner’s findings in full and had opened 12 additional beds since her death", "indirect",
          "A spokesperson for the trust", None),
        Q("“sadly not unique”", "partial", "The Royal College of Psychiatrists", "Royal College of Psychiatrists"),
        Q("out-of-area placements in England had risen by a third in two years", "indirect", "Tomasz Wiśniewski",
          "Tomasz Wiśniewski"),
        Q("“a national scandal hiding in plain sight”", "partial", "Tomasz Wiśniewski", "Tomasz Wiśniewski"),
    ]),

    # ------------------------------------------------------------------ Belfast News Letter
    Case("blind18-newsletter-bail", """Man accused of Larne arson attack on family home refused bail

A 34-year-old man accused of setting fire to a house in Larne while five people slept upstairs has been refused bail by a High Court judge.

Declan McIlwaine-Boyd, of no fixed abode, is charged with arson with intent to endanger life and possession of petrol with intent to damage property. He denies the charges.

Crown counsel Ciara Ní Bhriain said CCTV footage showed a hooded man pouring liquid through the letterbox of the property at about 3.10am on October 12 before igniting it and running towards Main Street.

'A mother, her partner and three children aged between four and 11 were asleep upstairs,' she told the court. 'It is only because a neighbour saw the flames and raised the alarm that nobody was seriously hurt.'

Ms Ní Bhriain said police believed the attack was linked to a 'long-running dispute' between the accused and the family's eldest son. The prosecution opposed bail.

Defence barrister Eoin O'Kane-Murray said his client had no previous convictions for violence and would abide by a curfew and electronic tag. He described the identification evidence as 'thin at best'.

'The footage is grainy, it is dark and the person's face is covered,' Mr O'Kane-Murray argued. 'My client was at his sister's house in Ballymena that night, and she will say so.'

Refusing bail, Mr Justice Lennon said he was not satisfied that the risk of further offending could be managed by conditions.

'This was an attack on a sleeping family in their own home,' the judge said. 'If the Crown case is correct, it was an attack that could very easily have cost five lives.'

A PSNI spokesperson said enquiries were continuing and appealed to anyone who was in the Main Street area in the early hours of October 12 to contact detectives on 101.

McIlwaine-Boyd was remanded in custody and is due to appear at Ballymena Magistrates' Court by video-link on November 9.""", [
        Q("CCTV footage showed a hooded man pouring liquid through the letterbox of the property at about 3.10am on "
          "October 12 before igniting it and running towards Main Street", "indirect", "Ciara Ní Bhriain",
          "Ciara Ní Bhriain"),
        Q("'A mother, her partner and three children aged between four and 11 were asleep upstairs,'", "direct",
          "she", "Ciara Ní Bhriain", speaker_at="she told the court"),
        Q("'It is only because a neighbour saw the flames and raised the alarm that nobody was seriously hurt.'",
          "direct", "she", "Ciara Ní Bhriain", speaker_at="she told the court"),
        Q("'long-running dispute'", "partial", "Ní Bhriain", "Ciara Ní Bhriain", speaker_at="Ms Ní Bhriain said"),
        Q("his client had no previous convictions for violence and would abide by a curfew and electronic tag",
          "indirect", "Eoin O'Kane-Murray", "Eoin O'Kane-Murray"),
        Q("'thin at best'", "partial", "He", "Eoin O'Kane-Murray", speaker_at="He described"),
        Q("'The footage is grainy, it is dark and the person's face is covered,'", "direct", "O'Kane-Murray",
          "Eoin O'Kane-Murray", speaker_at="Mr O'Kane-Murray argued"),
        Q("'My client was at his sister's house in Ballymena that night, and she will say so.'", "direct",
          "O'Kane-Murray", "Eoin O'Kane-Murray", speaker_at="Mr O'Kane-Murray argued"),
        Q("he was not satisfied that the risk of further offending could be managed by conditions", "indirect",
          "Lennon", "Lennon"),
        Q("'This was an attack on a sleeping family in their own home,'", "direct", "the judge", "Lennon"),
        Q("'If the Crown case is correct, it was an attack that could very easily have cost five lives.'", "direct",
          "the judge", "Lennon"),
        Q("enquiries were continuing", "indirect", "A PSNI spokesperson", None),
    ]),

    # ------------------------------------------------------------------ Western Mail
    Case("blind18-westernmail-strike", """Junior doctors in Wales begin four-day strike as pay talks stall

Thousands of junior doctors across Wales walked out at 7am yesterday at the start of a 96-hour strike that health boards warn will cause ‘significant disruption’ to planned operations and outpatient clinics.

Picket lines formed outside the University Hospital of Wales in Cardiff, Morriston Hospital in Swansea and Ysbyty Gwynedd in Bangor, where doctors were joined by nurses and porters on their way to work.

BMA Cymru Wales says its members’ pay has fallen by almost a third in real terms since 2008.

Dr Oba Babs-Ajayi, co-chair of the union’s Welsh junior doctors committee, said: ‘Nobody goes into medicine to stand outside a hospital holding a placard. But we have been left with no choice.

‘Every year we lose more colleagues to Australia and New Zealand, and every year the rota gaps get wider. That is what is really putting patients at risk.’

On the picket line in Swansea, Dr Siân Lloyd-Rhys, a second-year foundation doctor, told the Western Mail she had worked a 13-hour shift on Sunday without a proper break.

‘I love this job,’ she said. ‘I just don’t know how long I can keep doing it like this.’

The Welsh Government said its offer of a 5% rise remained on the table, describing it as ‘the best we can afford within a very tight settlement’.

Health Secretary Rhodri ap Gwilym said he was ‘disappointed’ that the BMA had chosen to strike while talks were still ongoing.

‘My door remains open,’ the minister said, ‘but I cannot spend money that this Government simply does not have.’

Cardiff and Vale University Health Board said around 1,600 appointments had been postponed, but emergency departments and cancer care would continue as normal. Its medical director, Prof Meinir Jones-Pritchard, urged people to use the NHS 111 Wales service ‘unless it is a genuine emergency’.

Plaid Cymru’s health spokeswoman, Elin Haf Morgan MS, accused ministers of ‘sleepwalking into a crisis’ and called for talks to resume immediately.

The strike is due to end at 7am on Saturday.""", [
        Q("‘significant disruption’", "partial", "health boards", None),
        Q("its members’ pay has fallen by almost a third in real terms since 2008", "indirect", "BMA Cymru Wales",
          "BMA Cymru Wales"),
        Q("‘Nobody goes into medicine to stand outside a hospital holding a placard. But we have been left with no "
          "choice.", "direct", "Oba Babs-Ajayi", "Oba Babs-Ajayi"),
        Q("‘Every year we lose more colleagues to Australia and New Zealand, and every year the rota gaps get wider. "
          "That is what is really putting patients at risk.’", "direct", "Oba Babs-Ajayi", "Oba Babs-Ajayi"),
        Q("she had worked a 13-hour shift on Sunday without a proper break", "indirect", "Siân Lloyd-Rhys",
          "Siân Lloyd-Rhys"),
        Q("‘I love this job,’", "direct", "she", "Siân Lloyd-Rhys", speaker_at="job,’ she said"),
        Q("‘I just don’t know how long I can keep doing it like this.’", "direct", "she", "Siân Lloyd-Rhys",
          speaker_at="job,’ she said"),
        Q("its offer of a 5% rise remained on the table", "indirect", "The Welsh Government", "Welsh Government"),
        Q("‘the best we can afford within a very tight settlement’", "partial", "The Welsh Government",
          "Welsh Government"),
        Q("‘disappointed’", "partial", "Rhodri ap Gwilym", "Rhodri ap Gwilym"),
        Q("‘My door remains open,’", "direct", "the minister", "Rhodri ap Gwilym"),
        Q("‘but I cannot spend money that this Government simply does not have.’", "direct", "the minister",
          "Rhodri ap Gwilym"),
        Q("around 1,600 appointments had been postponed, but emergency departments and cancer care would continue as "
          "normal", "indirect", "Cardiff and Vale University Health Board", "Cardiff and Vale University Health Board"),
        Q("‘unless it is a genuine emergency’", "partial", "Meinir Jones-Pritchard", "Meinir Jones-Pritchard"),
        Q("‘sleepwalking into a crisis’", "partial", "Elin Haf Morgan", "Elin Haf Morgan"),
    ]),

    # ------------------------------------------------------------------ The Advertiser (Adelaide)
    Case("blind18-advertiser-bushfire", """Hills residents told to leave now as bushfire breaks containment lines

Residents in parts of the Adelaide Hills were urged to leave their homes on Sunday afternoon after a fast-moving bushfire near Cudlee Creek broke containment lines in gusty northwesterly winds.

The Country Fire Service issued an emergency warning for Cudlee Creek, Lobethal, Forest Range and surrounding areas about 2.30pm, saying the fire was "moving quickly" in a southeasterly direction and would be "difficult to control".

More than 300 firefighters, supported by 14 aircraft, were battling the blaze, which had burnt through about 1800ha by late afternoon, according to the CFS.

CFS chief officer Brett Ngata-Hollis said conditions were the worst the service had faced since the 2019-20 season.

"If you are in the warning area and you are not prepared to actively defend, you need to go now," Mr Ngata-Hollis said.

"Do not wait to see smoke or flames. By then it may be too late."

Speaking at the State Emergency Centre in Keswick, Emergency Services Minister Tess Kouris-Walker said she had spoken to the Prime Minister's office and federal assistance had been offered.

"Our thoughts are with everyone in the Hills tonight who is watching the sky and wondering whether their home will still be there tomorrow," she said.

At the Lobethal Recreation Ground, which was opened as an evacuation centre, Michael Schultz, 67, said he had packed his ute with photo albums and his two kelpies.

"We went through it in 2019 and I swore I wouldn't stay and fight again," he said. "The house can burn. We can't replace each other."

Another evacuee, who did not want to be named, said she had received no warning text until the smoke was already over the ridge.

SA Power Networks said it had cut electricity to about 4000 customers as a precaution.

A southerly change is expected to reach the area about 9pm, but Bureau of Meteorology senior forecaster Anh Nguyen warned it could bring "erratic" winds before conditions eased.

"The change is good news in the long run, but the first hour or so can actually make the fire more dangerous," she said.

Road closures and warnings are listed on the CFS website.""", [
        Q('"moving quickly"', "partial", "The Country Fire Service", "Country Fire Service"),
        Q('"difficult to control"', "partial", "The Country Fire Service", "Country Fire Service"),
        Q("More than 300 firefighters, supported by 14 aircraft, were battling the blaze, which had burnt through "
          "about 1800ha by late afternoon", "indirect", "the CFS", "Country Fire Service",
          speaker_at="according to the CFS"),
        Q("conditions were the worst the service had faced since the 2019-20 season", "indirect",
          "Brett Ngata-Hollis", "Brett Ngata-Hollis"),
        Q('"If you are in the warning area and you are not prepared to actively defend, you need to go now,"',
          "direct", "Ngata-Hollis", "Brett Ngata-Hollis", speaker_at="Mr Ngata-Hollis said"),
        Q('"Do not wait to see smoke or flames. By then it may be too late."', "direct", "Ngata-Hollis",
          "Brett Ngata-Hollis", speaker_at="Mr Ngata-Hollis said"),
        Q("she had spoken to the Prime Minister's office and federal assistance had been offered", "indirect",
          "Tess Kouris-Walker", "Tess Kouris-Walker"),
        Q('"Our thoughts are with everyone in the Hills tonight who is watching the sky and wondering whether their '
          'home will still be there tomorrow,"', "direct", "she", "Tess Kouris-Walker",
          speaker_at='tomorrow," she said'),
        Q("he had packed his ute with photo albums and his two kelpies", "indirect", "Michael Schultz",
          "Michael Schultz"),
        Q('"We went through it in 2019 and I swore I wouldn\'t stay and fight again,"', "direct", "he",
          "Michael Schultz", speaker_at='again," he said'),
        Q('"The house can burn. We can\'t replace each other."', "direct", "he", "Michael Schultz",
          speaker_at='again," he said'),
        Q("she had received no warning text until the smoke was already over the ridge", "indirect",
          "Another evacuee", None),
        Q("it had cut electricity to about 4000 customers as a precaution", "indirect", "SA Power Networks",
          "SA Power Networks"),
        Q('"erratic"', "partial", "Anh Nguyen", "Anh Nguyen"),
        Q('"The change is good news in the long run, but the first hour or so can actually make the fire more '
          'dangerous,"', "direct", "she", "Anh Nguyen", speaker_at='dangerous," she said'),
    ]),

    # ------------------------------------------------------------------ NZ Herald
    Case("blind18-nzherald-rowing", """Kiwi women’s eight storm to World Cup gold in Lucerne

New Zealand’s women’s eight have served notice ahead of the world championships, beating Olympic champions Romania by more than a length to win gold at the second World Rowing Cup regatta in Lucerne overnight.

The crew, stroked by Kahurangi Te Rangi-Walsh, hit the front before the 500m mark on the Rotsee and never surrendered it, crossing in 5min 58.41sec. Romania were second and the United States third.

“We talked all week about owning the middle thousand, and that’s exactly what we did,” Te Rangi-Walsh said. “To do it against crews of that calibre is massive for us.”

Coxswain Mele Fifita-Lang, who was born in Nukuʻalofa and moved to Hamilton as a 6-year-old, said the crew had stuck to the race plan even when the Americans made an early push.

“I could hear them coming in the first 500 and I just told the girls, ‘stay long, stay patient’,” she said.

It is the first World Cup win for a New Zealand women’s eight since 2019, when a crew featuring several of the current squad won in Poznań before the pandemic broke up the programme.

Rowing New Zealand’s high performance director, Joost van den Broek, watched from the bank. Van den Broek said the result was “a really good marker” but cautioned against reading too much into one regatta.

“The Romanians were missing two of their Olympic crew and they will be a very different animal in September,” he said. “But you can only beat who turns up, and the girls did that emphatically.”

Elsewhere, single sculler Hamish Tautahi-Reid finished fourth in the men’s A final, while the men’s pair of Isaac Ruhe and Lachlan Kwan won bronze.

Tautahi-Reid, who is coming back from a rib stress fracture, told the Herald he was happy with how his body had held up, although fourth place had left him “pretty gutted”.

The squad now heads to Poznań for the final World Cup regatta of the season next month, before a training camp in Varese.""", [
        Q("“We talked all week about owning the middle thousand, and that’s exactly what we did,”", "direct",
          "Te Rangi-Walsh", "Kahurangi Te Rangi-Walsh", speaker_at="Te Rangi-Walsh said"),
        Q("“To do it against crews of that calibre is massive for us.”", "direct", "Te Rangi-Walsh",
          "Kahurangi Te Rangi-Walsh", speaker_at="Te Rangi-Walsh said"),
        Q("the crew had stuck to the race plan even when the Americans made an early push", "indirect",
          "Mele Fifita-Lang", "Mele Fifita-Lang"),
        Q("“I could hear them coming in the first 500 and I just told the girls, ‘stay long, stay patient’,”",
          "direct", "she", "Mele Fifita-Lang", speaker_at="she said"),
        Q("“a really good marker”", "partial", "Van den Broek", "Joost van den Broek"),
        Q("“The Romanians were missing two of their Olympic crew and they will be a very different animal in "
          "September,”", "direct", "he", "Joost van den Broek", speaker_at="September,” he said"),
        Q("“But you can only beat who turns up, and the girls did that emphatically.”", "direct", "he",
          "Joost van den Broek", speaker_at="September,” he said"),
        Q("he was happy with how his body had held up", "indirect", "Tautahi-Reid", "Hamish Tautahi-Reid",
          speaker_at="Tautahi-Reid, who"),
        Q("“pretty gutted”", "partial", "Tautahi-Reid", "Hamish Tautahi-Reid", speaker_at="Tautahi-Reid, who"),
    ]),

    # ------------------------------------------------------------------ Ottawa Citizen
    Case("blind18-citizen-cold", """Extreme cold warning: Ottawa braces for wind chills near -40

Environment and Climate Change Canada has issued an extreme cold warning for Ottawa and Gatineau, with wind chill values expected to hit -35 overnight Wednesday and possibly -40 by Friday morning.

"This is the kind of cold where frostbite can set in on exposed skin in under 10 minutes," said Environment Canada meteorologist Jean-Luc Tremblay-Osei. "If you don't have to be outside, don't be."

Tremblay-Osei said an Arctic air mass would sit over eastern Ontario and western Quebec until at least Saturday, with daytime highs struggling to climb above -22 C.

The City of Ottawa said it would open overnight warming centres at the Jack Purcell and Routhier community centres starting Wednesday, and that OC Transpo would not turn away anyone seeking shelter on a bus.

Shelter operators say they are already stretched. At the Rideau Street Mission, executive director Deirdre Okonkwo-Hale said the 140-bed facility had been sleeping more than 160 people a night since the weekend, with mats on the dining-room floor.

"People think of shelters as the last resort, but in weather like this we are the only thing standing between some of our guests and an ambulance," Okonkwo-Hale said.

The Ottawa Paramedic Service said it had treated four people for cold-related injuries since Monday, including a man in his 60s who was found in a Centretown bus shelter with severe frostbite to both hands.

Outside the mission on Tuesday afternoon, a man who gave only his first name, Kevin, said he had spent the previous two nights in a parking-garage stairwell rather than a shelter.

"It's brutal out here. You stop feeling your feet after an hour," he said.

Coun. Ariane St-Onge, whose Rideau-Vanier ward includes much of the downtown core, called the city's response "too little, too late" and said Ottawa needed a permanent 24-hour drop-in space.

"We get this cold every single winter. It should not come as a surprise to anyone at city hall," St-Onge said in an interview.

Hydro Ottawa said it did not expect outages but warned that demand could approach the record set in January 2014.""", [
        Q('"This is the kind of cold where frostbite can set in on exposed skin in under 10 minutes,"', "direct",
          "Jean-Luc Tremblay-Osei", "Jean-Luc Tremblay-Osei"),
        Q('"If you don\'t have to be outside, don\'t be."', "direct", "Jean-Luc Tremblay-Osei",
          "Jean-Luc Tremblay-Osei"),
        Q("an Arctic air mass would sit over eastern Ontario and western Quebec until at least Saturday, with daytime "
          "highs struggling to climb above -22 C", "indirect", "Tremblay-Osei", "Jean-Luc Tremblay-Osei",
          speaker_at="Tremblay-Osei said"),
        Q("it would open overnight warming centres at the Jack Purcell and Routhier community centres starting "
          "Wednesday, and that OC Transpo would not turn away anyone seeking shelter on a bus", "indirect",
          "The City of Ottawa", "City of Ottawa"),
        Q("they are already stretched", "indirect", "Shelter operators", None),
        Q("the 140-bed facility had been sleeping more than 160 people a night since the weekend, with mats on the "
          "dining-room floor", "indirect", "Deirdre Okonkwo-Hale", "Deirdre Okonkwo-Hale"),
        Q('"People think of shelters as the last resort, but in weather like this we are the only thing standing '
          'between some of our guests and an ambulance,"', "direct", "Okonkwo-Hale", "Deirdre Okonkwo-Hale",
          speaker_at='ambulance," Okonkwo-Hale said'),
        Q("it had treated four people for cold-related injuries since Monday, including a man in his 60s who was "
          "found in a Centretown bus shelter with severe frostbite to both hands", "indirect",
          "The Ottawa Paramedic Service", "Ottawa Paramedic Service"),
        Q("he had spent the previous two nights in a parking-garage stairwell rather than a shelter", "indirect",
          "Kevin", "Kevin"),
        Q('"It\'s brutal out here. You stop feeling your feet after an hour,"', "direct", "he", "Kevin",
          speaker_at='hour," he said'),
        Q('"too little, too late"', "partial", "Ariane St-Onge", "Ariane St-Onge"),
        Q("Ottawa needed a permanent 24-hour drop-in space", "indirect", "Ariane St-Onge", "Ariane St-Onge"),
        Q('"We get this cold every single winter. It should not come as a surprise to anyone at city hall,"',
          "direct", "St-Onge", "Ariane St-Onge", speaker_at="St-Onge said"),
        Q("it did not expect outages", "indirect", "Hydro Ottawa", "Hydro Ottawa"),
        Q("that demand could approach the record set in January 2014", "indirect", "Hydro Ottawa", "Hydro Ottawa"),
    ]),

    # ------------------------------------------------------------------ The EastAfrican
    Case("blind18-eastafrican-dockers", """Mombasa port grinds to a halt as dockers down tools over pay

Cargo operations at the port of Mombasa ground to a halt on Monday after more than 6,000 dock workers went on strike over pay and a plan to lease two container berths to a private operator, leaving dozens of ships waiting at anchor.

The Dock Workers Union (DWU) said the strike would continue until the Kenya Ports Authority (KPA) implemented a 2022 collective bargaining agreement and suspended the concession plan.

“Our members have been patient for two years, but patience does not pay school fees,” DWU secretary-general Hamisi Ali Bakari told The EastAfrican at the union’s offices in Mombasa. “If KPA wants the port to work, it knows what to do.”

In a statement, KPA acting managing director Capt. Abdirahman Hussein Farah termed the strike “unprotected and illegal” and said the authority had obtained orders from the Employment and Labour Relations Court stopping it.

He said contingency plans were in place and that priority would be given to perishable cargo and to relief shipments bound for South Sudan and eastern DR Congo.

According to the Kenya Shippers Council, at least 23 vessels were at anchor by Monday evening, up from nine on Sunday, and container dwell time had risen to more than six days.

The strike is being felt well beyond Kenya. Mombasa handles most of the imports and exports of Uganda, Rwanda, Burundi and South Sudan.

“Every day the port is shut costs our members about $2 million in demurrage and lost business,” said Robert Ssemakula, chairman of the Uganda Freight Forwarders Association. “Some of our people have fuel and medicines sitting on ships.”

Transport Cabinet Secretary Wanjiku Mwangi-Odera said the government would meet union leaders on Tuesday. She insisted the concession was “not a sale of the port”, adding that no permanent employee would lose their job.

Across the border, the Tanzania Ports Authority (TPA) said the port of Dar es Salaam was ready to handle diverted cargo.

Dr Nuru Wambui, a logistics lecturer at Strathmore University, told The EastAfrican that a prolonged strike could push more Ugandan and Rwandan cargo permanently onto the Central Corridor through Tanzania.

“Shippers have long memories. Once they build a new route, they don’t rush back,” she said.""", [
        Q("the strike would continue until the Kenya Ports Authority (KPA) implemented a 2022 collective bargaining "
          "agreement and suspended the concession plan", "indirect", "The Dock Workers Union", "Dock Workers Union"),
        Q("“Our members have been patient for two years, but patience does not pay school fees,”", "direct",
          "Hamisi Ali Bakari", "Hamisi Ali Bakari"),
        Q("“If KPA wants the port to work, it knows what to do.”", "direct", "Hamisi Ali Bakari",
          "Hamisi Ali Bakari"),
        Q("“unprotected and illegal”", "partial", "Abdirahman Hussein Farah", "Abdirahman Hussein Farah"),
        Q("the authority had obtained orders from the Employment and Labour Relations Court stopping it", "indirect",
          "Abdirahman Hussein Farah", "Abdirahman Hussein Farah"),
        Q("contingency plans were in place and that priority would be given to perishable cargo and to relief "
          "shipments bound for South Sudan and eastern DR Congo", "indirect", "He", "Abdirahman Hussein Farah",
          speaker_at="He said contingency"),
        Q("at least 23 vessels were at anchor by Monday evening, up from nine on Sunday, and container dwell time had "
          "risen to more than six days", "indirect", "the Kenya Shippers Council", "Kenya Shippers Council"),
        Q("“Every day the port is shut costs our members about $2 million in demurrage and lost business,”",
          "direct", "Robert Ssemakula", "Robert Ssemakula"),
        Q("“Some of our people have fuel and medicines sitting on ships.”", "direct", "Robert Ssemakula",
          "Robert Ssemakula"),
        Q("the government would meet union leaders on Tuesday", "indirect", "Wanjiku Mwangi-Odera",
          "Wanjiku Mwangi-Odera"),
        Q("“not a sale of the port”", "partial", "She", "Wanjiku Mwangi-Odera", speaker_at="She insisted"),
        Q("that no permanent employee would lose their job", "indirect", "She", "Wanjiku Mwangi-Odera",
          speaker_at="She insisted"),
        Q("the port of Dar es Salaam was ready to handle diverted cargo", "indirect", "the Tanzania Ports Authority",
          "Tanzania Ports Authority"),
        Q("that a prolonged strike could push more Ugandan and Rwandan cargo permanently onto the Central Corridor "
          "through Tanzania", "indirect", "Nuru Wambui", "Nuru Wambui"),
        Q("“Shippers have long memories. Once they build a new route, they don’t rush back,”", "direct", "she",
          "Nuru Wambui", speaker_at="she said"),
    ]),

    # ------------------------------------------------------------------ The Chronicle (Zimbabwe)
    Case("blind18-chronicle-malaria", """Malaria cases surge in Binga after heavy rains

MALARIA cases in Binga District have more than doubled in the past month, with health officials blaming heavy rains and stagnant water left behind by floods in the Zambezi Valley.

Matabeleland North provincial medical director Dr Nomathemba Sibanda-Moyo said 2 314 cases and seven deaths had been recorded in the district since the beginning of February, compared with 986 cases over the same period last year.

"The situation is worrying, but it is under control. We have deployed additional nurses and village health workers to the hardest-hit wards," said Dr Sibanda-Moyo in an interview yesterday.

She said most of the deaths involved people who had sought treatment late, some after first trying traditional remedies.

"We urge anyone with a fever, headache or chills to go to the nearest clinic immediately. Malaria is treatable if it is caught early," she said.

The Ministry of Health and Child Care said 40 000 insecticide-treated nets would be distributed in Binga and neighbouring Hwange district from next week, with support from the Global Fund, as part of the "Zero Malaria Starts With Me" campaign.

Chief Sikalenge, whose area is among the worst affected, told The Chronicle that some villagers were walking more than 20km to reach the nearest clinic.

"Our people are sleeping outside because it is too hot in the huts, and that is when the mosquitoes get them," said the traditional leader. "We need more nets and a mobile clinic, and we need them now."

A villager from Siabuwa, Mrs Loveness Mudenda, said her two children had both been treated for malaria this month.

"I have never seen it this bad. Every family here has someone who is sick," she said.

Zimbabwe aims to eliminate malaria by 2030, according to the National Malaria Control Programme, but cases rose nationally last year for the first time in five years.""", [
        Q("2 314 cases and seven deaths had been recorded in the district since the beginning of February, compared "
          "with 986 cases over the same period last year", "indirect", "Nomathemba Sibanda-Moyo",
          "Nomathemba Sibanda-Moyo"),
        Q('"The situation is worrying, but it is under control. We have deployed additional nurses and village '
          'health workers to the hardest-hit wards,"', "direct", "Sibanda-Moyo", "Nomathemba Sibanda-Moyo",
          speaker_at="said Dr Sibanda-Moyo"),
        Q("most of the deaths involved people who had sought treatment late, some after first trying traditional "
          "remedies", "indirect", "She", "Nomathemba Sibanda-Moyo", speaker_at="She said most"),
        Q('"We urge anyone with a fever, headache or chills to go to the nearest clinic immediately. Malaria is '
          'treatable if it is caught early,"', "direct", "she", "Nomathemba Sibanda-Moyo",
          speaker_at='early," she said'),
        Q("40 000 insecticide-treated nets would be distributed in Binga and neighbouring Hwange district from next "
          "week, with support from the Global Fund", "indirect", "The Ministry of Health and Child Care",
          "Ministry of Health and Child Care"),
        Q("that some villagers were walking more than 20km to reach the nearest clinic", "indirect", "Sikalenge",
          "Sikalenge"),
        Q('"Our people are sleeping outside because it is too hot in the huts, and that is when the mosquitoes get '
          'them,"', "direct", "the traditional leader", "Sikalenge"),
        Q('"We need more nets and a mobile clinic, and we need them now."', "direct", "the traditional leader",
          "Sikalenge"),
        Q("her two children had both been treated for malaria this month", "indirect", "Loveness Mudenda",
          "Loveness Mudenda"),
        Q('"I have never seen it this bad. Every family here has someone who is sick,"', "direct", "she",
          "Loveness Mudenda", speaker_at='sick," she said'),
        Q("Zimbabwe aims to eliminate malaria by 2030", "indirect", "the National Malaria Control Programme",
          "National Malaria Control Programme"),
    ]),

    # ------------------------------------------------------------------ Premium Times (Nigeria)
    Case("blind18-premiumtimes-primary", """Ekiti 2026: Adeyemi-Bello wins PDP governorship ticket as rival cries foul

A former Commissioner for Finance, Folasade Adeyemi-Bello, has emerged as the governorship candidate of the Peoples Democratic Party (PDP) in Ekiti State after polling 412 votes at the party's primary in Ado-Ekiti on Saturday.

The chairman of the electoral committee, Senator Ibrahim Danjuma Musa, who announced the result in the early hours of Sunday, said her closest rival, Chief Olumide Fasanmi-Ojo, scored 287 votes, while a former member of the House of Representatives, Kehinde Ajayi, polled 96.

Mr Musa said the exercise was "free, fair and transparent" and commended delegates for what he called their "maturity and patience".

In her acceptance speech, Mrs Adeyemi-Bello described her victory as "a win for every Ekiti woman who has ever been told to wait her turn".

"I extend a hand of fellowship to all the other aspirants. This is not the time for bitterness; it is the time to rescue our state," she said.

But Mr Fasanmi-Ojo rejected the outcome, alleging that the delegates' list had been doctored hours before voting began.

"We have evidence that at least 60 names were substituted. We will not accept a coronation dressed up as a primary," he told journalists at his campaign office in Ado-Ekiti on Sunday. He said he would approach the party's appeal committee and, if necessary, the courts.

PREMIUM TIMES had reported last week that three aspirants wrote to the party's national secretariat in Abuja over the composition of the delegates' list.

A spokesperson for the Independent National Electoral Commission (INEC), which monitored the exercise, said the commission's report would be made public "in due course".

The PDP state chairman, Alhaji Lateef Akanbi-Sule, said in a statement that the party would set up a reconciliation committee "within the next one week".

The ruling All Progressives Congress (APC), which will hold its own primary next month, dismissed the PDP exercise as "a family affair that changes nothing".

The governorship election is scheduled for June 2026.""", [
        Q("her closest rival, Chief Olumide Fasanmi-Ojo, scored 287 votes, while a former member of the House of "
          "Representatives, Kehinde Ajayi, polled 96", "indirect", "Ibrahim Danjuma Musa", "Ibrahim Danjuma Musa"),
        Q('"free, fair and transparent"', "partial", "Musa", "Ibrahim Danjuma Musa", speaker_at="Mr Musa said"),
        Q('"maturity and patience"', "partial", "he", "Ibrahim Danjuma Musa", speaker_at="he called"),
        Q('"a win for every Ekiti woman who has ever been told to wait her turn"', "partial", "Adeyemi-Bello",
          "Folasade Adeyemi-Bello", speaker_at="Mrs Adeyemi-Bello described"),
        Q('"I extend a hand of fellowship to all the other aspirants. This is not the time for bitterness; it is the '
          'time to rescue our state,"', "direct", "she", "Folasade Adeyemi-Bello", speaker_at="she said"),
        Q("that the delegates' list had been doctored hours before voting began", "indirect", "Fasanmi-Ojo",
          "Olumide Fasanmi-Ojo", speaker_at="Mr Fasanmi-Ojo rejected"),
        Q('"We have evidence that at least 60 names were substituted. We will not accept a coronation dressed up as '
          'a primary,"', "direct", "he", "Olumide Fasanmi-Ojo", speaker_at="he told journalists"),
        Q("he would approach the party's appeal committee and, if necessary, the courts", "indirect", "He",
          "Olumide Fasanmi-Ojo", speaker_at="He said he would"),
        Q("that three aspirants wrote to the party's national secretariat in Abuja over the composition of the "
          "delegates' list", "indirect", "PREMIUM TIMES", "Premium Times"),
        Q("the commission's report would be made public", "indirect",
          "A spokesperson for the Independent National Electoral Commission", None),
        Q('"in due course"', "partial", "A spokesperson for the Independent National Electoral Commission", None),
        Q("that the party would set up a reconciliation committee", "indirect", "Lateef Akanbi-Sule",
          "Lateef Akanbi-Sule"),
        Q('"within the next one week"', "partial", "Lateef Akanbi-Sule", "Lateef Akanbi-Sule"),
        Q('"a family affair that changes nothing"', "partial", "All Progressives Congress",
          "All Progressives Congress"),
    ]),

    # ------------------------------------------------------------------ Mail & Guardian
    Case("blind18-mg-obituary", """Nomvula Dlamini-Sithole, the housing activist who took on the state, dies at 71

Nomvula Dlamini-Sithole, the housing activist who led one of the longest-running land occupations in post-apartheid Durban and took the eThekwini municipality all the way to the Constitutional Court, has died. She was 71.

Her family said she died peacefully at her home in KwaMashu on Sunday after a long illness.

Known to thousands simply as “MaSithole”, she founded the Siyakhona Shack Dwellers’ Movement in 2004, after her own shack in Cato Crest was demolished by council workers while she was at a funeral.

“She never had a title, never had an office and never had money, but when she walked into a room, the room changed,” said Sipho Mthethwa-Naidoo, who worked alongside her for nearly two decades.

In 2011 the Constitutional Court ruled in the movement’s favour in a landmark eviction case, after the municipality demolished 300 homes without a court order. Prof Aletta van der Westhuizen, a constitutional law scholar at the University of Cape Town, called the judgment “one of the quiet pillars of our housing jurisprudence”.

“Before that case, municipalities treated eviction as an administrative matter. She forced them to treat it as a question of dignity,” Van der Westhuizen told the Mail & Guardian.

Dlamini-Sithole was often at odds with the ANC, which she once accused of “forgetting the people who carried it into power”. In a 2016 interview with this newspaper, she put it more bluntly.

“They call us squatters. We are not squatting. We are waiting, and we have been waiting for 20 years.

“Every councillor who comes here before an election knows my name. After the election, they forget how to find KwaMashu.”

The Department of Human Settlements said in a statement that she had been “a fierce and principled voice” for the poor, and extended its condolences to her family.

Her daughter said that even in hospital her mother had asked every visitor who had been evicted that week. “She could not rest while someone else was sleeping outside,” she said.

Rev Mpho Khumalo-Dube, who will lead a memorial service at the KwaMashu Community Hall on Saturday, said she had “taught a whole city what the word home means”.

She is survived by three children and seven grandchildren.""", [
        Q("she died peacefully at her home in KwaMashu on Sunday after a long illness", "indirect", "Her family",
          None),
        Q("“She never had a title, never had an office and never had money, but when she walked into a room, the "
          "room changed,”", "direct", "Sipho Mthethwa-Naidoo", "Sipho Mthethwa-Naidoo"),
        Q("“one of the quiet pillars of our housing jurisprudence”", "partial", "Aletta van der Westhuizen",
          "Aletta van der Westhuizen"),
        Q("“Before that case, municipalities treated eviction as an administrative matter. She forced them to treat "
          "it as a question of dignity,”", "direct", "Van der Westhuizen", "Aletta van der Westhuizen"),
        Q("“forgetting the people who carried it into power”", "partial", "she", "Nomvula Dlamini-Sithole",
          speaker_at="which she once accused"),
        Q("“They call us squatters. We are not squatting. We are waiting, and we have been waiting for 20 years.",
          "direct", "she", "Nomvula Dlamini-Sithole", speaker_at="she put it"),
        Q("“Every councillor who comes here before an election knows my name. After the election, they forget how "
          "to find KwaMashu.”", "direct", "she", "Nomvula Dlamini-Sithole", speaker_at="she put it"),
        Q("“a fierce and principled voice”", "partial", "The Department of Human Settlements",
          "Department of Human Settlements"),
        Q("that even in hospital her mother had asked every visitor who had been evicted that week", "indirect",
          "Her daughter", None),
        Q("“She could not rest while someone else was sleeping outside,”", "direct", "she", None,
          speaker_at="outside,” she said"),
        Q("“taught a whole city what the word home means”", "partial", "Mpho Khumalo-Dube", "Mpho Khumalo-Dube"),
    ]),

    # ------------------------------------------------------------------ The National (UAE)
    Case("blind18-national-architecture", """Ras Al Khaimah souq restoration wins top Arab architecture prize

A restored 19th-century souq in the old town of Ras Al Khaimah has won the Arab Architecture Prize for 2025, beating 140 entries from 17 countries.

The project, designed by Dubai-based Studio Ramla for the Ras Al Khaimah Department of Antiquities and Museums, turned 38 crumbling coral-stone shops into artisan workshops, a cafe and a small museum of pearling.

Announcing the award at a ceremony in Sharjah on Tuesday night, jury chairwoman Sheikha Noura bint Faisal Al Nuaimi said the project proved “that conservation need not mean embalming”.

“The jury was struck by how ordinary it feels, in the best possible sense,” she said. “People buy bread there. Children run through the alleys. It is a living place, not a museum piece.”

Studio Ramla’s founding partner, Dr Faris Abou-Jaoude, said the team had spent two years surveying every surviving wall before a single stone was replaced.

“We resisted the temptation to make it perfect,” Dr Abou-Jaoude told The National. “The old walls are crooked, and we left them crooked. Some of the masons who rebuilt them come from the same families who built them 150 years ago.”

The restoration used traditional techniques, including a lime-and-sand plaster known locally as “saruj”, and rebuilt the palm-frond “barasti” roofs of the original arcade.

Ahmed Al Shehhi, a third-generation tailor who moved back into the souq last year, said his business had tripled since the reopening.

“My grandfather had a shop two doors down from this one. Now my son sits where he used to sit,” Mr Al Shehhi said.

According to the department, visitor numbers to the old town rose by 60 per cent in the first year after the souq reopened.

Not everyone has been won over. Some conservationists have argued that parts of the restoration look “too clean” for a heritage site, and a glass-roofed courtyard, named “The Pearl Room”, has divided opinion online.

Dr Abou-Jaoude said he welcomed the debate. “Heritage is not a photograph. It has to be allowed to change a little, or it dies,” he said.

The prize, now in its sixth year, carries an award of Dh500,000.""", [
        Q("“that conservation need not mean embalming”", "partial", "Noura bint Faisal Al Nuaimi",
          "Noura bint Faisal Al Nuaimi"),
        Q("“The jury was struck by how ordinary it feels, in the best possible sense,”", "direct", "she",
          "Noura bint Faisal Al Nuaimi", speaker_at="she said"),
        Q("“People buy bread there. Children run through the alleys. It is a living place, not a museum piece.”",
          "direct", "she", "Noura bint Faisal Al Nuaimi", speaker_at="she said"),
        Q("the team had spent two years surveying every surviving wall before a single stone was replaced",
          "indirect", "Faris Abou-Jaoude", "Faris Abou-Jaoude"),
        Q("“We resisted the temptation to make it perfect,”", "direct", "Abou-Jaoude", "Faris Abou-Jaoude",
          speaker_at="Dr Abou-Jaoude told"),
        Q("“The old walls are crooked, and we left them crooked. Some of the masons who rebuilt them come from the "
          "same families who built them 150 years ago.”", "direct", "Abou-Jaoude", "Faris Abou-Jaoude",
          speaker_at="Dr Abou-Jaoude told"),
        Q("his business had tripled since the reopening", "indirect", "Ahmed Al Shehhi", "Ahmed Al Shehhi"),
        Q("“My grandfather had a shop two doors down from this one. Now my son sits where he used to sit,”", "direct",
          "Al Shehhi", "Ahmed Al Shehhi", speaker_at="Mr Al Shehhi said"),
        Q("visitor numbers to the old town rose by 60 per cent in the first year after the souq reopened",
          "indirect", "the department", "Ras Al Khaimah Department of Antiquities and Museums"),
        Q("“too clean”", "partial", "Some conservationists", None),
        Q("he welcomed the debate", "indirect", "Abou-Jaoude", "Faris Abou-Jaoude",
          speaker_at="Dr Abou-Jaoude said"),
        Q("“Heritage is not a photograph. It has to be allowed to change a little, or it dies,”", "direct", "he",
          "Faris Abou-Jaoude", speaker_at="dies,” he said"),
    ]),

    # ------------------------------------------------------------------ Japan Today
    Case("blind18-japantoday-birdflu", """Japan culls 450,000 chickens after bird flu outbreak at Kagoshima farm

KAGOSHIMA — Japan began culling about 450,000 chickens at a poultry farm in Kagoshima Prefecture on Thursday after birds there tested positive for a highly pathogenic strain of avian influenza, the prefectural government said.

The outbreak in the city of Izumi is the ninth confirmed at a poultry farm in Japan this season, according to the Ministry of Agriculture, Forestry and Fisheries.

Prefectural officials said the farm reported a sharp rise in deaths among its egg-laying hens on Wednesday, and genetic tests confirmed the H5 subtype early Thursday.

"We will do everything in our power to stop the virus from spreading and to support the farmers affected," Kagoshima Gov. Kenta Morishima told reporters after an emergency meeting. He said about 300 prefectural employees and members of the Ground Self-Defense Force had been mobilized to help with the culling and disinfection work.

Movement of chickens and eggs has been banned within a 3-kilometer radius of the farm, and shipments from farms within 10 kilometers have been restricted, Kyodo News reported.

Izumi is a wintering ground for more than 10,000 cranes that fly in from Siberia each autumn, and experts say migratory birds are likely carrying the virus into the area.

"It's a nightmare for everyone here," a poultry farmer in a neighboring town told public broadcaster NHK. "We disinfect every single day, but you can't stop a wild bird from flying over your roof."

Agriculture minister Hiroko Taniguchi said at a press conference in Tokyo that the government had sent a team of veterinary experts to Kagoshima and would compensate farmers for the culled birds.

The ministry has stressed that there have been no reported cases in Japan of people becoming infected with bird flu by eating chicken or eggs.

Egg prices, which hit record highs during the 2022-23 season when more than 17 million birds were culled nationwide, could rise again if outbreaks continue, according to analysts.""", [
        Q("Japan began culling about 450,000 chickens at a poultry farm in Kagoshima Prefecture on Thursday after "
          "birds there tested positive for a highly pathogenic strain of avian influenza", "indirect",
          "the prefectural government", None),
        Q("The outbreak in the city of Izumi is the ninth confirmed at a poultry farm in Japan this season",
          "indirect", "the Ministry of Agriculture, Forestry and Fisheries",
          "Ministry of Agriculture, Forestry and Fisheries"),
        Q("the farm reported a sharp rise in deaths among its egg-laying hens on Wednesday, and genetic tests "
          "confirmed the H5 subtype early Thursday", "indirect", "Prefectural officials", None),
        Q('"We will do everything in our power to stop the virus from spreading and to support the farmers '
          'affected,"', "direct", "Kenta Morishima", "Kenta Morishima"),
        Q("about 300 prefectural employees and members of the Ground Self-Defense Force had been mobilized to help "
          "with the culling and disinfection work", "indirect", "He", "Kenta Morishima", speaker_at="He said about"),
        Q("Movement of chickens and eggs has been banned within a 3-kilometer radius of the farm, and shipments from "
          "farms within 10 kilometers have been restricted", "indirect", "Kyodo News", "Kyodo News"),
        Q("migratory birds are likely carrying the virus into the area", "indirect", "experts", None,
          speaker_at="experts say"),
        Q('"It\'s a nightmare for everyone here,"', "direct", "a poultry farmer in a neighboring town", None),
        Q('"We disinfect every single day, but you can\'t stop a wild bird from flying over your roof."', "direct",
          "a poultry farmer in a neighboring town", None),
        Q("that the government had sent a team of veterinary experts to Kagoshima and would compensate farmers for "
          "the culled birds", "indirect", "Hiroko Taniguchi", "Hiroko Taniguchi"),
        Q("that there have been no reported cases in Japan of people becoming infected with bird flu by eating "
          "chicken or eggs", "indirect", "The ministry", "Ministry of Agriculture, Forestry and Fisheries"),
        Q("Egg prices, which hit record highs during the 2022-23 season when more than 17 million birds were culled "
          "nationwide, could rise again if outbreaks continue", "indirect", "analysts", None),
    ]),

    # ------------------------------------------------------------------ Dawn (Pakistan)
    Case("blind18-dawn-snooker", """Shahzaib Haider edges Bilal bin Tariq to claim national snooker crown

KARACHI: Muhammad Shahzaib Haider of Punjab won the National Snooker Championship for the first time on Sunday, edging Khyber Pakhtunkhwa's Bilal bin Tariq 8-7 in a final that went down to the pink in the deciding frame.

The 21-year-old from Gujranwala trailed 6-4 after the afternoon session but won three of the next four frames and then compiled a nervy 47 in the decider to seal the title at the Karachi Gymkhana.

"I have dreamt of this trophy since I was 12 and watching my father play at a club in Gujranwala," an emotional Haider told Dawn after the match. "When I was 6-4 down, I told myself to forget the score and play one ball at a time."

Bin Tariq, a quarter-finalist at last year's IBSF World Championship, said he had "no complaints" and praised his opponent's "fearless" long potting.

"He was the better player in the last session. My safety let me down when it mattered," the 26-year-old said.

Ustad Naveed Akhtar, who has coached Haider since he was 14, said his pupil's long game had improved "beyond recognition" over the past year.

According to the Pakistan Billiards and Snooker Association (PBSA), the champion receives Rs1 million and the runner-up Rs500,000.

PBSA chairman Ameer Hasan Rizvi said both finalists would represent Pakistan at the Asian Snooker Championship in Doha in April.

"We have the talent to produce another world champion, but talent alone is not enough. Our players need international exposure and proper tables in every district," he said, urging the Pakistan Sports Board to restore the federation's annual grant.

Earlier, Sindh's Zain ul Abideen beat Balochistan's Hamza Khan Kakar 5-2 in the play-off for third place.""", [
        Q('"I have dreamt of this trophy since I was 12 and watching my father play at a club in Gujranwala,"',
          "direct", "Haider", "Muhammad Shahzaib Haider", speaker_at="an emotional Haider"),
        Q('"When I was 6-4 down, I told myself to forget the score and play one ball at a time."', "direct",
          "Haider", "Muhammad Shahzaib Haider", speaker_at="an emotional Haider"),
        Q('"no complaints"', "partial", "Bin Tariq", "Bilal bin Tariq"),
        Q('"fearless"', "partial", "Bin Tariq", "Bilal bin Tariq"),
        Q('"He was the better player in the last session. My safety let me down when it mattered,"', "direct",
          "the 26-year-old", "Bilal bin Tariq"),
        Q('"beyond recognition"', "partial", "Naveed Akhtar", "Naveed Akhtar"),
        Q("the champion receives Rs1 million and the runner-up Rs500,000", "indirect",
          "the Pakistan Billiards and Snooker Association", "Pakistan Billiards and Snooker Association"),
        Q("both finalists would represent Pakistan at the Asian Snooker Championship in Doha in April", "indirect",
          "Ameer Hasan Rizvi", "Ameer Hasan Rizvi"),
        Q('"We have the talent to produce another world champion, but talent alone is not enough. Our players need '
          'international exposure and proper tables in every district,"', "direct", "he", "Ameer Hasan Rizvi",
          speaker_at='district," he said'),
    ]),

    # ------------------------------------------------------------------ Buenos Aires Times
    Case("blind18-batimes-rent", """A year after rent law repeal, listings soar – but so does tenant anxiety

When the national government scrapped Argentina’s Rental Law by decree in December 2023, landlords promised a flood of new listings and tenants’ groups warned of chaos. A year on, the figures offer ammunition to both camps.

The number of flats offered for rent in the City of Buenos Aires has more than doubled since the repeal, while the real cost of a typical two-room apartment has fallen by about 30 percent, according to the Observatorio Urbano Porteño, which tracks listings on the main property portals.

“The market has simply started to work again,” said Alejandro de la Fuente Bianchi, vice-president of the Cámara Inmobiliaria Argentina (CIA). “Owners who kept flats empty for three years because they were afraid of the law are now putting them back on the market.”

De la Fuente Bianchi said most new contracts were now being signed in pesos, reversing a trend towards dollar-denominated leases that had taken hold in 2023.

Tenants’ organisations tell a different story. Carolina Paz Echeverría, spokeswoman for the association Inquilinos en Red, said most new contracts now last just one or two years and are adjusted for inflation every three or four months, “which makes it impossible for a family to plan anything”.

“Yes, there are more flats. But for a nurse or a teacher earning a state salary, there is almost nothing they can afford,” Paz Echeverría told the Times.

Six in ten tenants in the capital spend more than 40 percent of their income on rent, the newspaper Perfil reported last month, citing its own survey.

The Casa Rosada has repeatedly defended the repeal. A spokesperson for the Economy Ministry said on Tuesday that the figures proved “freedom works, even in housing”, and ruled out any return to regulation.

In the City Legislature, Unión por la Patria lawmaker Sofía Belén Aguirre Paz has presented a bill that would cap mid-contract rent increases in the capital.

“Nobody is asking to go back to the old law,” she said. “We are asking for a floor of dignity, so that a family knows where it will be living next winter.”

Ignacio Ruiz-Tagle, an urban economist at Universidad Torcuato Di Tella, told Perfil that both sides were “partly right” and that the real test would come if inflation picked up again.""", [
        Q("The number of flats offered for rent in the City of Buenos Aires has more than doubled since the repeal, "
          "while the real cost of a typical two-room apartment has fallen by about 30 percent", "indirect",
          "the Observatorio Urbano Porteño", "Observatorio Urbano Porteño"),
        Q("“The market has simply started to work again,”", "direct", "Alejandro de la Fuente Bianchi",
          "Alejandro de la Fuente Bianchi"),
        Q("“Owners who kept flats empty for three years because they were afraid of the law are now putting them "
          "back on the market.”", "direct", "Alejandro de la Fuente Bianchi", "Alejandro de la Fuente Bianchi"),
        Q("most new contracts were now being signed in pesos, reversing a trend towards dollar-denominated leases "
          "that had taken hold in 2023", "indirect", "De la Fuente Bianchi", "Alejandro de la Fuente Bianchi"),
        Q("most new contracts now last just one or two years and are adjusted for inflation every three or four "
          "months", "indirect", "Carolina Paz Echeverría", "Carolina Paz Echeverría"),
        Q("“which makes it impossible for a family to plan anything”", "partial", "Carolina Paz Echeverría",
          "Carolina Paz Echeverría"),
        Q("“Yes, there are more flats. But for a nurse or a teacher earning a state salary, there is almost nothing "
          "they can afford,”", "direct", "Paz Echeverría", "Carolina Paz Echeverría",
          speaker_at="Paz Echeverría told"),
        Q("Six in ten tenants in the capital spend more than 40 percent of their income on rent", "indirect",
          "Perfil", "Perfil", speaker_at="the newspaper Perfil"),
        Q("“freedom works, even in housing”", "partial", "A spokesperson for the Economy Ministry", None),
        Q("“Nobody is asking to go back to the old law,”", "direct", "she", "Sofía Belén Aguirre Paz",
          speaker_at="she said"),
        Q("“We are asking for a floor of dignity, so that a family knows where it will be living next winter.”",
          "direct", "she", "Sofía Belén Aguirre Paz", speaker_at="she said"),
        Q("“partly right”", "partial", "Ignacio Ruiz-Tagle", "Ignacio Ruiz-Tagle"),
        Q("that the real test would come if inflation picked up again", "indirect", "Ignacio Ruiz-Tagle",
          "Ignacio Ruiz-Tagle"),
    ]),
]
