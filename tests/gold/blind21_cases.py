"""Blind gold, set 21: sixteen short news articles written without sight of the pretagger.

House styles from many places: Reuters and AFP wire copy with datelines, the
Daily Nation, Belfast Telegraph, The Herald (Harare), a US state capital daily,
Rappler, Punch, the Otago Daily Times, Daily Maverick, Dawn, the Kathmandu Post,
The Straits Times, the Yorkshire Post, the Irish Examiner and Arab News. Curly
double quotes, straight double quotes, straight and curly British single
quotes (with apostrophes that look like closing marks), nested quotes,
nicknames, titles and scare quotes that are not quotes. See gold_format.py for
the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # Daily Nation (Kenya): embezzlement trial. Curly double quotes; indirect clauses without "that".
    Case("blind21-graft", """Ex-county finance boss put on his defence in Sh312m graft case

A former Kiambu County chief officer for finance has been put on his defence in a case in which he is accused of conspiring to steal Sh312 million meant for the construction of rural health centres.

Milimani Anti-Corruption Court chief magistrate Victor Kiprotich Wakumile ruled on Tuesday that the prosecution had established a prima facie case against Mr Peter Njoroge Kamau and four co-accused, among them two directors of a Thika-based construction firm.

“The evidence tendered by the 23 prosecution witnesses, if not rebutted, is sufficient to sustain a conviction,” Mr Wakumile said. “The accused persons therefore have a case to answer.”

The Ethics and Anti-Corruption Commission (EACC) told the court during the trial that the money had been paid out between 2019 and 2021 for dispensaries that were never built. According to the commission, at least Sh187 million ended up in accounts linked to Mr Kamau’s relatives within weeks of the payments.

Senior prosecution counsel Jacinta Nyamosi-Ogeto said some of the so-called “completed” facilities were bare plots overgrown with grass when detectives visited them in 2022.

“Witness after witness told this court that they never saw a single labourer on site,” Ms Nyamosi-Ogeto said. “Yet the certificates of completion were signed, stamped and paid.”

Defence lawyer Evans Ondieki Nyabuto described the case as “a political witch-hunt driven by my client’s former rivals in the county assembly” and said his client would call 11 witnesses.

Mr Nyabuto told the magistrate that the documents relied upon by investigators had been altered after Mr Kamau left office. “We will demonstrate that the paper trail the prosecution is so proud of was manufactured,” he said.

Speaking to the Nation outside the courtroom, Mr Kamau said he was confident he would be cleared.

“I have never stolen a single shilling from the people of Kiambu. I served them for eight years and I will clear my name,” he said.

In a statement, EACC chief executive Ahmed Hussein Abdirahman said the commission had already obtained orders preserving land and vehicles worth Sh96 million belonging to the accused. He said the agency would file a separate civil suit “to ensure that every coin is returned to the public”.

The hearing of the defence case will begin on March 18. The accused remain out on bonds of Sh5 million each.""", [
        Q("the prosecution had established a prima facie case against Mr Peter Njoroge Kamau and four co-accused, "
          "among them two directors of a Thika-based construction firm", "indirect",
          "Victor Kiprotich Wakumile", "Victor Kiprotich Wakumile"),
        Q("“The evidence tendered by the 23 prosecution witnesses, if not rebutted, is sufficient to sustain a "
          "conviction,”", "direct", "Wakumile", "Victor Kiprotich Wakumile",
          speaker_at="Mr Wakumile said"),
        Q("“The accused persons therefore have a case to answer.”", "direct", "Wakumile",
          "Victor Kiprotich Wakumile", speaker_at="Mr Wakumile said"),
        Q("the money had been paid out between 2019 and 2021 for dispensaries that were never built", "indirect",
          "The Ethics and Anti-Corruption Commission", "Ethics and Anti-Corruption Commission"),
        Q("at least Sh187 million ended up in accounts linked to Mr Kamau’s relatives within weeks of the payments",
          "indirect", "the commission", "Ethics and Anti-Corruption Commission",
          speaker_at="According to the commission"),
        Q("some of the so-called “completed” facilities were bare plots overgrown with grass when detectives "
          "visited them in 2022", "indirect", "Jacinta Nyamosi-Ogeto", "Jacinta Nyamosi-Ogeto"),
        Q("“Witness after witness told this court that they never saw a single labourer on site,”", "direct",
          "Nyamosi-Ogeto", "Jacinta Nyamosi-Ogeto",
          speaker_at="Ms Nyamosi-Ogeto said"),
        Q("“Yet the certificates of completion were signed, stamped and paid.”", "direct", "Nyamosi-Ogeto",
          "Jacinta Nyamosi-Ogeto", speaker_at="Ms Nyamosi-Ogeto said"),
        Q("“a political witch-hunt driven by my client’s former rivals in the county assembly”", "partial",
          "Evans Ondieki Nyabuto", "Evans Ondieki Nyabuto"),
        Q("his client would call 11 witnesses", "indirect", "Evans Ondieki Nyabuto", "Evans Ondieki Nyabuto"),
        Q("the documents relied upon by investigators had been altered after Mr Kamau left office", "indirect",
          "Nyabuto", "Evans Ondieki Nyabuto", speaker_at="Mr Nyabuto told"),
        Q("“We will demonstrate that the paper trail the prosecution is so proud of was manufactured,”", "direct",
          "he", "Evans Ondieki Nyabuto", speaker_at="manufactured,” he said"),
        Q("he was confident he would be cleared", "indirect", "Kamau", "Peter Njoroge Kamau",
          speaker_at="Mr Kamau said"),
        Q("“I have never stolen a single shilling from the people of Kiambu. I served them for eight years and I "
          "will clear my name,”", "direct", "he", "Peter Njoroge Kamau", speaker_at="clear my name,” he said"),
        Q("the commission had already obtained orders preserving land and vehicles worth Sh96 million belonging to "
          "the accused", "indirect", "Ahmed Hussein Abdirahman", "Ahmed Hussein Abdirahman"),
        Q("the agency would file a separate civil suit", "indirect", "He", "Ahmed Hussein Abdirahman",
          speaker_at="He said the agency"),
        Q("“to ensure that every coin is returned to the public”", "partial", "He", "Ahmed Hussein Abdirahman",
          speaker_at="He said the agency"),
    ]),

    # Belfast Telegraph: manslaughter sentencing. Curly British single quotes; apostrophes share the closing mark.
    Case("blind21-punch", """Man jailed over death of father-of-three punched outside Newry bar

A 29-year-old man who killed a father-of-three with a single punch outside a Newry bar has been jailed for four years.

Ciarán Óg McConville, of Carnbane Road in the town, had pleaded guilty to the manslaughter of Declan Mac Giolla Bhríde (41) in the early hours of June 11 last year.

Mr Mac Giolla Bhríde, a joiner known to his friends as ‘Dec’, fell backwards and struck his head on the kerb after being hit once on Hill Street. He died in the Royal Victoria Hospital in Belfast four days later.

Passing sentence at Belfast Crown Court, Mr Justice Rooney-Whyte said the defendant had shown ‘genuine remorse’. But he said the case was a stark reminder of how quickly a night out could end in tragedy.

‘One blow, thrown in temper and in drink, has robbed three children of their father,’ the judge said. ‘No sentence this court can impose will undo that.’

Prosecuting, Sinéad de Búrca KC told the court that CCTV footage showed Mr Mac Giolla Bhríde walking away from an argument when he was struck from the side. ‘He posed no threat to anyone at that moment,’ she said.

Defending, Patrick O’Hanlon-Murray KC said his client had ‘replayed those few seconds every day since’. He told the court McConville, a delivery driver, had no previous convictions and had written to the family to apologise.

In a victim impact statement read to the court, Mr Mac Giolla Bhríde’s widow, Orla, said her children still asked when their daddy was coming home.

‘Our youngest was two. She will grow up with no memory of him at all,’ she wrote. ‘I do not hate the man who did this, but I will never understand it.’

McConville will serve half of the sentence in custody and the remainder on licence.

Speaking outside court, Detective Inspector Gareth Nixon of the PSNI’s Major Investigation Team said: ‘This case shows the devastating consequences a single punch can have. I would appeal to everyone going out this summer: if a row starts, walk away.’

The family, in a statement released through their solicitor, thanked police for their support and said they would now ‘try to find some peace’.""", [
        Q("‘genuine remorse’", "partial", "Rooney-Whyte", "Rooney-Whyte"),
        Q("the case was a stark reminder of how quickly a night out could end in tragedy", "indirect", "he",
          "Rooney-Whyte", speaker_at="But he said"),
        Q("‘One blow, thrown in temper and in drink, has robbed three children of their father,’", "direct",
          "the judge", "Rooney-Whyte"),
        Q("‘No sentence this court can impose will undo that.’", "direct", "the judge", "Rooney-Whyte"),
        Q("CCTV footage showed Mr Mac Giolla Bhríde walking away from an argument when he was struck from the side",
          "indirect", "Sinéad de Búrca", "Sinéad de Búrca"),
        Q("‘He posed no threat to anyone at that moment,’", "direct", "she", "Sinéad de Búrca",
          speaker_at="moment,’ she said"),
        Q("‘replayed those few seconds every day since’", "partial", "Patrick O’Hanlon-Murray",
          "Patrick O’Hanlon-Murray"),
        Q("McConville, a delivery driver, had no previous convictions and had written to the family to apologise",
          "indirect", "He", "Patrick O’Hanlon-Murray", speaker_at="He told the court"),
        Q("her children still asked when their daddy was coming home", "indirect", "Orla", "Orla"),
        Q("‘Our youngest was two. She will grow up with no memory of him at all,’", "direct", "she", "Orla",
          speaker_at="she wrote"),
        Q("‘I do not hate the man who did this, but I will never understand it.’", "direct", "she", "Orla",
          speaker_at="she wrote"),
        Q("‘This case shows the devastating consequences a single punch can have. I would appeal to everyone going "
          "out this summer: if a row starts, walk away.’", "direct", "Gareth Nixon", "Gareth Nixon"),
        Q("‘try to find some peace’", "partial", "The family", None),
    ]),

    # Reuters: bank results from Jakarta. Straight double quotes; single-name Indonesian speaker.
    Case("blind21-bank", """Indonesia's Bank Sinar Mandiri Q3 profit up 14%, beats estimates on loan growth

JAKARTA, Oct 24 (Reuters) - Indonesia's PT Bank Sinar Mandiri Tbk reported a 14% rise in third-quarter net profit on Thursday, beating analysts' estimates as strong demand for consumer and small business loans offset higher funding costs.

Net profit for the July-September quarter rose to 5.21 trillion rupiah ($332.3 million) from 4.57 trillion rupiah a year earlier, the bank said in a filing to the Indonesia Stock Exchange. Analysts polled by LSEG had on average expected 4.9 trillion rupiah.

Loans grew 11.8% from a year earlier, while net interest margin narrowed to 5.1% from 5.4%, it said.

"Credit demand has held up better than we feared at the start of the year, especially among micro and small enterprises," President Director Haryanto Wibisono told a news conference. "We are maintaining our full-year loan growth guidance of 10% to 12%."

Finance Director Sutrisno, who like many Indonesians goes by one name, said the bank expected its margin to stabilise in the fourth quarter as Bank Indonesia's rate cuts fed through to deposit costs. The central bank lowered its benchmark rate by 25 basis points in September, its first cut in more than three years.

Asked about asset quality, Wibisono said non-performing loans had edged down to 2.3% of total lending and that the bank was "comfortable" with its coverage ratio. Loans restructured during the COVID-19 pandemic had fallen to about 40 trillion rupiah, he added.

Some analysts were less upbeat.

"The beat was largely driven by lower provisions, not by core earnings, so we would not get too excited," said Lim Wei Ting, a banking analyst at Maybank Sekuritas Indonesia. She kept a "hold" rating on the stock.

Shares of Sinar Mandiri, which have gained 9% so far this year, rose as much as 3.2% after the results, outperforming a 0.4% rise in the Jakarta Composite Index.

The bank also said it planned to issue up to 5 trillion rupiah of sustainability bonds next year to fund lending for renewable energy and electric vehicle projects, according to a presentation to investors.

($1 = 15,680.0000 rupiah)

(Reporting by Ananda Putri Kusuma; Editing by Martin Pettigrew)""", [
        Q("Net profit for the July-September quarter rose to 5.21 trillion rupiah ($332.3 million) from 4.57 "
          "trillion rupiah a year earlier", "indirect", "the bank", "PT Bank Sinar Mandiri Tbk",
          speaker_at="the bank said in a filing"),
        Q("Loans grew 11.8% from a year earlier, while net interest margin narrowed to 5.1% from 5.4%", "indirect",
          "it", "PT Bank Sinar Mandiri Tbk", speaker_at="5.4%, it said"),
        Q('"Credit demand has held up better than we feared at the start of the year, especially among micro and '
          'small enterprises,"', "direct", "Haryanto Wibisono", "Haryanto Wibisono"),
        Q('"We are maintaining our full-year loan growth guidance of 10% to 12%."', "direct", "Haryanto Wibisono",
          "Haryanto Wibisono"),
        Q("the bank expected its margin to stabilise in the fourth quarter as Bank Indonesia's rate cuts fed "
          "through to deposit costs", "indirect", "Sutrisno", "Sutrisno"),
        Q("non-performing loans had edged down to 2.3% of total lending", "indirect", "Wibisono",
          "Haryanto Wibisono", speaker_at="Wibisono said"),
        Q('"comfortable"', "partial", "Wibisono", "Haryanto Wibisono", speaker_at="Wibisono said"),
        Q("Loans restructured during the COVID-19 pandemic had fallen to about 40 trillion rupiah", "indirect",
          "he", "Haryanto Wibisono", speaker_at="he added"),
        Q('"The beat was largely driven by lower provisions, not by core earnings, so we would not get too '
          'excited,"', "direct", "Lim Wei Ting", "Lim Wei Ting"),
        Q("it planned to issue up to 5 trillion rupiah of sustainability bonds next year to fund lending for "
          "renewable energy and electric vehicle projects", "indirect", "The bank", "PT Bank Sinar Mandiri Tbk",
          speaker_at="The bank also said"),
    ]),

    # The Herald (Zimbabwe): brewery results. Curly double quotes, British punctuation outside partials.
    Case("blind21-brewery", """Zambezi Breweries volumes hit by drought, power cuts

Zambezi Breweries Limited (ZBL) says lager volumes fell 9 percent in the half-year to September as the El Niño-induced drought squeezed consumer incomes and prolonged power cuts disrupted production at its Southerton plant in Harare.

In a trading update to the Zimbabwe Stock Exchange (ZSE) yesterday, the group said sorghum beer volumes were down 13 percent, while its soft drinks business grew by 6 percent on the back of new returnable glass packs.

Revenue in ZiG terms rose 4 percent to ZiG2,1 billion, but operating margins narrowed as the company imported more malting barley to make up for a poor local harvest.

Group chief executive Mr Tendai Mhlanga-Moyo said the first half had been “one of the most difficult trading periods in the company’s recent history”.

“Rural consumers, who account for close to half of our sorghum beer sales, have been hardest hit by the drought. When there is no harvest, there is very little money for anything beyond food,” he said.

Mr Mhlanga-Moyo said the company had commissioned a 4-megawatt solar plant at Southerton, which would cut its reliance on diesel generators by a third from next year.

The company’s board chairperson, Dr Rutendo Chiweshe-Nyathi, told shareholders at an extraordinary general meeting last month that the group would not increase prices further this year.

“Our consumers are under pressure. We would rather protect volumes than chase margin,” she said at the time.

Analysts at IH Securities said the numbers were broadly in line with expectations.

“The drought was always going to weigh on the sorghum business. The bigger question is how quickly volumes recover once the rains come,” the brokerage said in a note to clients.

Lands, Agriculture, Fisheries, Water and Rural Development Minister Dr Tafadzwa Mutasa-Ruwende last week said Government had contracted 120 000 hectares of barley and sorghum for the coming season, up from 85 000 hectares last year.

“This will go a long way in reducing the import bill for the brewing industry and putting money in the pockets of our farmers,” he said.

The Meteorological Services Department has said it expects normal to above-normal rainfall for the 2024/25 season.

ZBL shares closed unchanged at ZiG4,80 on the ZSE yesterday.""", [
        Q("lager volumes fell 9 percent in the half-year to September as the El Niño-induced drought squeezed "
          "consumer incomes and prolonged power cuts disrupted production at its Southerton plant in Harare",
          "indirect", "Zambezi Breweries Limited", "Zambezi Breweries Limited"),
        Q("sorghum beer volumes were down 13 percent, while its soft drinks business grew by 6 percent on the back "
          "of new returnable glass packs", "indirect", "the group", "Zambezi Breweries Limited",
          speaker_at="the group said"),
        Q("“one of the most difficult trading periods in the company’s recent history”", "partial",
          "Tendai Mhlanga-Moyo", "Tendai Mhlanga-Moyo", speaker_at="Mr Tendai Mhlanga-Moyo"),
        Q("“Rural consumers, who account for close to half of our sorghum beer sales, have been hardest hit by the "
          "drought. When there is no harvest, there is very little money for anything beyond food,”", "direct",
          "he", "Tendai Mhlanga-Moyo", speaker_at="beyond food,” he said"),
        Q("the company had commissioned a 4-megawatt solar plant at Southerton, which would cut its reliance on "
          "diesel generators by a third from next year", "indirect", "Mhlanga-Moyo", "Tendai Mhlanga-Moyo",
          speaker_at="Mr Mhlanga-Moyo said"),
        Q("the group would not increase prices further this year", "indirect", "Rutendo Chiweshe-Nyathi",
          "Rutendo Chiweshe-Nyathi"),
        Q("“Our consumers are under pressure. We would rather protect volumes than chase margin,”", "direct", "she",
          "Rutendo Chiweshe-Nyathi", speaker_at="she said at the time"),
        Q("the numbers were broadly in line with expectations", "indirect", "Analysts at IH Securities", None),
        Q("“The drought was always going to weigh on the sorghum business. The bigger question is how quickly "
          "volumes recover once the rains come,”", "direct", "the brokerage", "IH Securities"),
        Q("Government had contracted 120 000 hectares of barley and sorghum for the coming season, up from 85 000 "
          "hectares last year", "indirect", "Tafadzwa Mutasa-Ruwende", "Tafadzwa Mutasa-Ruwende"),
        Q("“This will go a long way in reducing the import bill for the brewing industry and putting money in the "
          "pockets of our farmers,”", "direct", "he", "Tafadzwa Mutasa-Ruwende",
          speaker_at="our farmers,” he said"),
        Q("it expects normal to above-normal rainfall for the 2024/25 season", "indirect",
          "The Meteorological Services Department", "Meteorological Services Department"),
    ]),

    # US state capital daily: gubernatorial election. Straight double quotes, American punctuation; "that" kept.
    Case("blind21-governor", """Abernathy wins governor's race by about 6,200 votes; Okonkwo-Reyes concedes

SANTA FE — State Sen. Carolyn Abernathy will be New Mexico's next governor after Democrat Daniel Okonkwo-Reyes conceded Wednesday afternoon, ending a race that was too close to call for most of election night.

With all 33 counties reporting, Abernathy, a Republican from Farmington, led by 6,214 votes out of more than 790,000 cast.

"I called Sen. Abernathy a few minutes ago to congratulate her, and I offered my help in making the transition a smooth one," Okonkwo-Reyes told supporters at a union hall in Albuquerque. "We came up short, but we did not come up empty."

He said he would not seek a recount. His campaign manager, Priya Natarajan, said the campaign had gone over the county canvasses line by line and concluded that a recount "would not change the outcome and would only delay the healing this state needs."

Abernathy, speaking to reporters outside the Roundhouse, thanked her opponent for what she called "a hard-fought and, for the most part, decent campaign."

"New Mexicans sent a message that they want safer streets and schools that focus on the basics," she said. "I heard that message in every one of our 33 counties, and I intend to act on it starting on Day One."

Outgoing Gov. Rosalind Tafoya-Begay, a Democrat who was barred by term limits from seeking a third term, said in a statement that her staff would "begin the transition work immediately" and that she had invited the governor-elect to meet with her on Friday.

Turnout reached 61%, the highest for a midterm election in more than two decades, according to the New Mexico Secretary of State's Office.

Gabriel Esquibel, a political science professor at the University of New Mexico, said the result showed how far the state's rural counties had swung over the past decade.

"Ten years ago, a Republican couldn't win statewide without running close in Albuquerque. Abernathy lost Bernalillo County by 14 points and still won," Esquibel said.

Democrats kept control of both chambers of the Legislature, setting up what Senate Majority Leader Joaquín Baca y Vigil called "an era of divided government that will test everybody's patience."

Abernathy will be sworn in on Jan. 1.""", [
        Q('"I called Sen. Abernathy a few minutes ago to congratulate her, and I offered my help in making the '
          'transition a smooth one,"', "direct", "Okonkwo-Reyes", "Daniel Okonkwo-Reyes",
          speaker_at="Okonkwo-Reyes told supporters"),
        Q('"We came up short, but we did not come up empty."', "direct", "Okonkwo-Reyes", "Daniel Okonkwo-Reyes",
          speaker_at="Okonkwo-Reyes told supporters"),
        Q("he would not seek a recount", "indirect", "He", "Daniel Okonkwo-Reyes", speaker_at="He said he"),
        Q("the campaign had gone over the county canvasses line by line", "indirect", "Priya Natarajan",
          "Priya Natarajan"),
        Q('"would not change the outcome and would only delay the healing this state needs."', "partial",
          "Priya Natarajan", "Priya Natarajan"),
        Q('"a hard-fought and, for the most part, decent campaign."', "partial", "she", "Carolyn Abernathy",
          speaker_at="what she called"),
        Q('"New Mexicans sent a message that they want safer streets and schools that focus on the basics,"',
          "direct", "she", "Carolyn Abernathy", speaker_at='basics," she said'),
        Q('"I heard that message in every one of our 33 counties, and I intend to act on it starting on Day One."',
          "direct", "she", "Carolyn Abernathy", speaker_at='basics," she said'),
        Q('"begin the transition work immediately"', "partial", "Rosalind Tafoya-Begay", "Rosalind Tafoya-Begay"),
        Q("that she had invited the governor-elect to meet with her on Friday", "indirect", "Rosalind Tafoya-Begay",
          "Rosalind Tafoya-Begay"),
        Q("Turnout reached 61%, the highest for a midterm election in more than two decades", "indirect",
          "the New Mexico Secretary of State's Office", "New Mexico Secretary of State's Office"),
        Q("the result showed how far the state's rural counties had swung over the past decade", "indirect",
          "Gabriel Esquibel", "Gabriel Esquibel"),
        Q('"Ten years ago, a Republican couldn\'t win statewide without running close in Albuquerque. Abernathy '
          'lost Bernalillo County by 14 points and still won,"', "direct", "Esquibel", "Gabriel Esquibel",
          speaker_at="Esquibel said"),
        Q('"an era of divided government that will test everybody\'s patience."', "partial",
          "Joaquín Baca y Vigil", "Joaquín Baca y Vigil"),
    ]),

    # Rappler (Philippines): student council election. Nicknames and a slate name in marks are not quotes.
    Case("blind21-council", """Independent wins UP Diliman student council chair in tight race

MANILA, Philippines – Independent candidate Ma. Kristina “Tin” Dela Cruz-Abad won the chairperson seat of the University of the Philippines Diliman University Student Council (USC) by 312 votes, the University Student Electoral Board (USEB) announced early Friday morning, May 24.

Dela Cruz-Abad, a fourth-year public administration student, got 4,118 votes against the 3,806 of Juan Miguel “JM” Santiago of Alyansa ng Nagkakaisang Iskolar (ANI), the party that had held the chairmanship for six straight years.

Voter turnout was at 41%, the lowest in at least a decade, the USEB said.

“This is not my win. This is a win of every student who felt that the council had stopped listening to them,” Dela Cruz-Abad told Rappler in a phone interview hours after the canvassing ended.

She said her first priority would be to push the administration to freeze the proposed increase in laboratory fees, which she called “a tax on science students.”

Her slate, “Bagong Boses” (New Voices), also won seven of the 12 councilor seats.

Santiago conceded in a Facebook post on Friday afternoon, saying ANI would “serve as a vigilant and constructive opposition.”

“We congratulate Tin and we will hold her to every promise she made during the campaign,” he wrote.

Prof. Arnel Tuazon-Bautista of the UP Department of Political Science said the low turnout should worry every student party on campus, not just the losing side.

“Students are not apathetic. They are exhausted, and they don’t see the council as a place where their problems get solved,” he said. “Whoever wins has to change that first.”

The Office of the Vice Chancellor for Student Affairs (OVCSA) said it “respects the decision of the student body.” Vice Chancellor Rowena Lim Sy-Quia said her office would meet the new council within the week.

The new council members will take their oath on June 3.""", [
        Q("Independent candidate Ma. Kristina “Tin” Dela Cruz-Abad won the chairperson seat of the University of "
          "the Philippines Diliman University Student Council (USC) by 312 votes", "indirect",
          "the University Student Electoral Board", "University Student Electoral Board"),
        Q("Voter turnout was at 41%, the lowest in at least a decade", "indirect", "the USEB",
          "University Student Electoral Board"),
        Q("“This is not my win. This is a win of every student who felt that the council had stopped listening to "
          "them,”", "direct", "Dela Cruz-Abad", "Ma. Kristina Dela Cruz-Abad",
          speaker_at="Dela Cruz-Abad told Rappler"),
        Q("her first priority would be to push the administration to freeze the proposed increase in laboratory "
          "fees", "indirect", "She", "Ma. Kristina Dela Cruz-Abad", speaker_at="She said her"),
        Q("“a tax on science students.”", "partial", "she", "Ma. Kristina Dela Cruz-Abad",
          speaker_at="which she called"),
        Q("“serve as a vigilant and constructive opposition.”", "partial", "Santiago", "Juan Miguel Santiago",
          speaker_at="Santiago conceded"),
        Q("“We congratulate Tin and we will hold her to every promise she made during the campaign,”", "direct",
          "he", "Juan Miguel Santiago", speaker_at="he wrote"),
        Q("the low turnout should worry every student party on campus, not just the losing side", "indirect",
          "Arnel Tuazon-Bautista", "Arnel Tuazon-Bautista"),
        Q("“Students are not apathetic. They are exhausted, and they don’t see the council as a place where their "
          "problems get solved,”", "direct", "he", "Arnel Tuazon-Bautista", speaker_at="solved,” he said"),
        Q("“Whoever wins has to change that first.”", "direct", "he", "Arnel Tuazon-Bautista",
          speaker_at="solved,” he said"),
        Q("“respects the decision of the student body.”", "partial",
          "The Office of the Vice Chancellor for Student Affairs", "Office of the Vice Chancellor for Student Affairs"),
        Q("her office would meet the new council within the week", "indirect", "Rowena Lim Sy-Quia",
          "Rowena Lim Sy-Quia"),
    ]),

    # Punch (Nigeria): cholera outbreak. "He said, “...”" openings, residents and a traditional chief.
    Case("blind21-cholera", """Cholera: Lagos records 17 deaths, 412 suspected cases

The Lagos State Government has confirmed 17 deaths from a cholera outbreak that has spread to 14 of the state’s 20 local government areas, with Eti-Osa, Lagos Island and Ikorodu recording the highest number of cases.

The state Commissioner for Health, Prof. Olumide Adeyemi-Bakare, said on Wednesday that 412 suspected cases had been recorded since the first was reported on June 18, out of which 61 had been confirmed through laboratory tests.

He said, “The situation is under control, but we are not taking anything for granted. Our rapid response teams are in all the affected communities, and we have activated our emergency operations centre.”

Adeyemi-Bakare, who spoke during a briefing at the Lagos State Secretariat, Alausa, Ikeja, urged residents to boil their drinking water and to avoid food sold in the open “until further notice”.

The Nigeria Centre for Disease Control and Prevention said in its latest situation report that 30 states had recorded suspected cases of the disease so far this year.

In a separate statement, the Director-General of the NCDC, Dr Ifeoma Nwachukwu-Okeke, said the agency had deployed rapid response teams to Lagos, Bayelsa and Ogun states. She added that the ongoing rainy season posed “a serious risk” in communities without proper drainage.

When our correspondent visited the Makoko waterfront community on Thursday, many residents said they had no access to clean water.

A trader, Mrs Kehinde Adebayo, told our correspondent that two of her neighbours had been hospitalised.

“Since last week, the tap in our compound has been bringing dirty water. We have been buying sachet water, but not everybody can afford it,” she said.

The Baale of Makoko, Chief Emmanuel Sewanu Hunsu, blamed the outbreak on blocked drainage channels. “We have written to the local government three times about the canals. Nobody came,” he said.

Cholera is an acute diarrhoeal infection caused by ingestion of food or water contaminated with the bacterium Vibrio cholerae, according to the World Health Organisation.""", [
        Q("412 suspected cases had been recorded since the first was reported on June 18, out of which 61 had been "
          "confirmed through laboratory tests", "indirect", "Olumide Adeyemi-Bakare", "Olumide Adeyemi-Bakare"),
        Q("“The situation is under control, but we are not taking anything for granted. Our rapid response teams "
          "are in all the affected communities, and we have activated our emergency operations centre.”", "direct",
          "He", "Olumide Adeyemi-Bakare", speaker_at="He said, “The situation"),
        Q("“until further notice”", "partial", "Adeyemi-Bakare", "Olumide Adeyemi-Bakare",
          speaker_at="Adeyemi-Bakare, who spoke"),
        Q("30 states had recorded suspected cases of the disease so far this year", "indirect",
          "The Nigeria Centre for Disease Control and Prevention", "Nigeria Centre for Disease Control and Prevention"),
        Q("the agency had deployed rapid response teams to Lagos, Bayelsa and Ogun states", "indirect",
          "Ifeoma Nwachukwu-Okeke", "Ifeoma Nwachukwu-Okeke"),
        Q("“a serious risk”", "partial", "She", "Ifeoma Nwachukwu-Okeke", speaker_at="She added"),
        Q("they had no access to clean water", "indirect", "many residents", None),
        Q("two of her neighbours had been hospitalised", "indirect", "Kehinde Adebayo", "Kehinde Adebayo"),
        Q("“Since last week, the tap in our compound has been bringing dirty water. We have been buying sachet "
          "water, but not everybody can afford it,”", "direct", "she", "Kehinde Adebayo",
          speaker_at="afford it,” she said"),
        Q("“We have written to the local government three times about the canals. Nobody came,”", "direct", "he",
          "Emmanuel Sewanu Hunsu", speaker_at="Nobody came,” he said"),
        Q("Cholera is an acute diarrhoeal infection caused by ingestion of food or water contaminated with the "
          "bacterium Vibrio cholerae", "indirect", "the World Health Organisation", "World Health Organisation"),
    ]),

    # AFP: mpox in eastern DR Congo. Straight double quotes, "told AFP", an unnamed spokesman, "the UN says".
    Case("blind21-mpox", """Mpox spreads through DR Congo's crowded displacement camps

GOMA, DR Congo (AFP) - Health workers in eastern Democratic Republic of Congo are struggling to contain a surge of mpox in overcrowded camps for people displaced by fighting, where tens of thousands live in makeshift shelters with little access to water or soap.

According to the provincial health division of North Kivu, more than 1,200 suspected cases have been recorded in camps around Goma since January, about a fifth of them in children under five.

"We have families of eight or nine people sleeping under one tarpaulin. When one child gets it, the whole family gets it," said Dr Jean-Pierre Kabasele Mbuyi, who runs an isolation ward set up by Doctors Without Borders (MSF) at the Bulengo camp.

"Some parents hide the symptoms because they are afraid their children will be taken away from them," he told AFP.

Fighting between the army and the M23 armed group, which the UN says is backed by Rwanda, has driven more than 700,000 people into camps on the outskirts of the city. Kigali denies the accusation.

The World Health Organization declared mpox a global health emergency in August, after a new strain, clade Ib, spread from eastern DRC to neighbouring countries.

The Africa Centres for Disease Control and Prevention (Africa CDC) said on Thursday that about 600,000 vaccine doses had been delivered to the DRC, but that distribution in the east had been slowed by insecurity.

"We cannot vaccinate where we cannot go," said Dr Mariam Mint Ahmedou, who coordinates the agency's mpox response. "Insecurity is now the biggest obstacle, not the supply of vaccines."

In the Bulengo camp, Furaha Bahati, 34, told AFP her two-year-old son had been sick for a week before she found a clinic that could treat him.

"Nobody came to tell us what this disease was," she said, holding the boy on her lap. "Now I know. But for our neighbours it was too late."

A spokesman for the North Kivu governor, who asked not to be named because he was not authorised to speak to the media, said the province needed "at least three times" as many isolation beds as it currently had.

Mpox, formerly known as monkeypox, spreads through close contact and causes fever, muscle aches and painful skin lesions.""", [
        Q("more than 1,200 suspected cases have been recorded in camps around Goma since January, about a fifth of "
          "them in children under five", "indirect", "the provincial health division of North Kivu",
          "provincial health division of North Kivu"),
        Q('"We have families of eight or nine people sleeping under one tarpaulin. When one child gets it, the whole '
          'family gets it,"', "direct", "Jean-Pierre Kabasele Mbuyi", "Jean-Pierre Kabasele Mbuyi"),
        Q('"Some parents hide the symptoms because they are afraid their children will be taken away from them,"',
          "direct", "he", "Jean-Pierre Kabasele Mbuyi", speaker_at="he told AFP"),
        Q("is backed by Rwanda", "indirect", "the UN", "UN"),
        Q("that about 600,000 vaccine doses had been delivered to the DRC, but that distribution in the east had "
          "been slowed by insecurity", "indirect", "The Africa Centres for Disease Control and Prevention",
          "Africa Centres for Disease Control and Prevention"),
        Q('"We cannot vaccinate where we cannot go,"', "direct", "Mariam Mint Ahmedou", "Mariam Mint Ahmedou"),
        Q('"Insecurity is now the biggest obstacle, not the supply of vaccines."', "direct", "Mariam Mint Ahmedou",
          "Mariam Mint Ahmedou"),
        Q("her two-year-old son had been sick for a week before she found a clinic that could treat him",
          "indirect", "Furaha Bahati", "Furaha Bahati"),
        Q('"Nobody came to tell us what this disease was,"', "direct", "she", "Furaha Bahati",
          speaker_at="she said, holding"),
        Q('"Now I know. But for our neighbours it was too late."', "direct", "she", "Furaha Bahati",
          speaker_at="she said, holding"),
        Q('"at least three times"', "partial", "A spokesman for the North Kivu governor", None),
    ]),

    # Otago Daily Times (New Zealand): nurses' strike. Curly double quotes, a quote continued into the next paragraph.
    Case("blind21-nurses", """Nurses walk off job in second strike

Hundreds of nurses, midwives and healthcare assistants walked off the job at Dunedin Hospital yesterday in the second strike in a month over pay and staffing levels.

Waving placards and singing, about 200 striking staff lined Great King St outside the hospital from 11am, cheered on by tooting motorists.

New Zealand Nurses Organisation Otago organiser Hinemoa Te Rangi-Pōtiki said nurses had not taken the decision to strike lightly.

“Nobody goes into nursing to stand on a footpath with a placard. But our members are going home in tears after shifts where they have been looking after twice the number of patients they should,” she said.

“The public needs to understand that this is about patient safety as much as it is about pay.”

Health New Zealand Te Whatu Ora said 212 nurses had taken part and that life-preserving services had been maintained throughout the eight-hour strike.

Its Southern group director of operations, Craig van der Merwe, said the organisation’s offer of a 6.5% pay rise over two years was “fair and reasonable in the current fiscal environment”.

“We remain committed to reaching a settlement, and we would encourage NZNO to come back to the table,” Mr van der Merwe said.

Emergency department nurse Losaline Fifita-Tupou, who has worked at the hospital for 16 years, said she had never seen morale so low.

“Some nights there are three of us for 40 patients. You just pray nothing goes wrong,” Ms Fifita-Tupou said.

One patient, who was discharged yesterday morning, told the Otago Daily Times the nurses on her ward had been “run off their feet” for weeks.

Health Minister Dr Aaron Whitfield-Ngata said in a statement he was “disappointed” by the strike action, but the Government had already funded 500 extra graduate nursing places this year.

NZNO has notified a further 24-hour strike for June 12, according to Health New Zealand.""", [
        Q("nurses had not taken the decision to strike lightly", "indirect", "Hinemoa Te Rangi-Pōtiki",
          "Hinemoa Te Rangi-Pōtiki"),
        Q("“Nobody goes into nursing to stand on a footpath with a placard. But our members are going home in tears "
          "after shifts where they have been looking after twice the number of patients they should,”", "direct",
          "she", "Hinemoa Te Rangi-Pōtiki", speaker_at="should,” she said"),
        Q("“The public needs to understand that this is about patient safety as much as it is about pay.”", "direct",
          "she", "Hinemoa Te Rangi-Pōtiki", speaker_at="should,” she said"),
        Q("212 nurses had taken part and that life-preserving services had been maintained throughout the "
          "eight-hour strike", "indirect", "Health New Zealand Te Whatu Ora", "Health New Zealand Te Whatu Ora"),
        Q("“fair and reasonable in the current fiscal environment”", "partial", "Craig van der Merwe",
          "Craig van der Merwe"),
        Q("“We remain committed to reaching a settlement, and we would encourage NZNO to come back to the table,”",
          "direct", "van der Merwe", "Craig van der Merwe", speaker_at="Mr van der Merwe said"),
        Q("she had never seen morale so low", "indirect", "Losaline Fifita-Tupou", "Losaline Fifita-Tupou"),
        Q("“Some nights there are three of us for 40 patients. You just pray nothing goes wrong,”", "direct",
          "Fifita-Tupou", "Losaline Fifita-Tupou", speaker_at="Ms Fifita-Tupou said"),
        Q("“run off their feet”", "partial", "One patient", None),
        Q("“disappointed”", "partial", "Aaron Whitfield-Ngata", "Aaron Whitfield-Ngata"),
        Q("the Government had already funded 500 extra graduate nursing places this year", "indirect",
          "Aaron Whitfield-Ngata", "Aaron Whitfield-Ngata"),
        Q("NZNO has notified a further 24-hour strike for June 12", "indirect", "Health New Zealand",
          "Health New Zealand Te Whatu Ora", speaker_at="according to Health New Zealand"),
    ]),

    # Daily Maverick (South Africa): dockworkers' strike. Curly double quotes; union and agency acronyms.
    Case("blind21-docks", """Durban port grinds to a halt as dockworkers down tools over wages

Container operations at the Port of Durban came to a near standstill on Monday as thousands of dockworkers went on strike over wages, leaving more than 40 vessels waiting at anchor outside one of Africa’s busiest ports.

The United National Transport Union (Untu) said about 8,500 of its members at Transnet Port Terminals had joined the strike in Durban, Richards Bay and Ngqura after wage talks collapsed on Friday.

Untu general secretary Mthunzi Dlamini-Mabaso told Daily Maverick the union had cut its demand from a 12% increase to 9.5%, while Transnet had “refused to move an inch” from its offer of 5.5%.

“Our members load and offload the cargo that keeps this economy alive. They are asking for a wage that keeps up with the price of bread and taxi fares, nothing more,” Dlamini-Mabaso said.

Transnet said it had obtained an interim interdict from the Labour Court declaring the strike unprotected, a characterisation the union disputes.

“The company’s offer is the best it can afford given its current financial position. We urge Untu to return to the bargaining table,” said Transnet spokesperson Nokuthula Pieterse-Zulu.

Transnet, which is carrying more than R130-billion in debt, has been under pressure from business and the National Treasury to improve efficiency at its ports, which rank among the worst performers in the World Bank’s Container Port Performance Index.

The South African Association of Freight Forwarders (Saaff) said the strike was costing the economy about R250-million a day.

“Every day a reefer container sits on the quay, the fruit inside it is losing value,” said Saaff chief executive Riaan de Klerk-Nel. He said citrus exporters, who are in the middle of their peak season, were “watching the clock”.

At the gates of the Durban Container Terminal on Bayhead Road, straddle-carrier operator Thandeka Ngcobo, 41, said she had not had a real increase in three years.

“Every year they tell us Transnet is broke. But the managers still get their bonuses,” she said.

Talks are expected to resume on Wednesday under the auspices of the Commission for Conciliation, Mediation and Arbitration (CCMA), the commission confirmed.""", [
        Q("about 8,500 of its members at Transnet Port Terminals had joined the strike in Durban, Richards Bay and "
          "Ngqura after wage talks collapsed on Friday", "indirect", "The United National Transport Union",
          "United National Transport Union"),
        Q("the union had cut its demand from a 12% increase to 9.5%", "indirect", "Mthunzi Dlamini-Mabaso",
          "Mthunzi Dlamini-Mabaso"),
        Q("“refused to move an inch”", "partial", "Mthunzi Dlamini-Mabaso", "Mthunzi Dlamini-Mabaso"),
        Q("“Our members load and offload the cargo that keeps this economy alive. They are asking for a wage that "
          "keeps up with the price of bread and taxi fares, nothing more,”", "direct", "Dlamini-Mabaso",
          "Mthunzi Dlamini-Mabaso", speaker_at="Dlamini-Mabaso said"),
        Q("it had obtained an interim interdict from the Labour Court declaring the strike unprotected", "indirect",
          "Transnet", "Transnet", speaker_at="Transnet said it had"),
        Q("“The company’s offer is the best it can afford given its current financial position. We urge Untu to "
          "return to the bargaining table,”", "direct", "Nokuthula Pieterse-Zulu", "Nokuthula Pieterse-Zulu"),
        Q("the strike was costing the economy about R250-million a day", "indirect",
          "The South African Association of Freight Forwarders", "South African Association of Freight Forwarders"),
        Q("“Every day a reefer container sits on the quay, the fruit inside it is losing value,”", "direct",
          "Riaan de Klerk-Nel", "Riaan de Klerk-Nel"),
        Q("“watching the clock”", "partial", "He", "Riaan de Klerk-Nel", speaker_at="He said citrus"),
        Q("she had not had a real increase in three years", "indirect", "Thandeka Ngcobo", "Thandeka Ngcobo"),
        Q("“Every year they tell us Transnet is broke. But the managers still get their bonuses,”", "direct", "she",
          "Thandeka Ngcobo", speaker_at="bonuses,” she said"),
        Q("Talks are expected to resume on Wednesday under the auspices of the Commission for Conciliation, "
          "Mediation and Arbitration (CCMA)", "indirect", "the commission",
          "Commission for Conciliation, Mediation and Arbitration"),
    ]),

    # Dawn (Pakistan): boat capsize. Straight double quotes, a nested single-quoted quote, a single-name survivor.
    Case("blind21-capsize", """11 dead, nine missing as boat carrying wedding guests capsizes in Indus

HYDERABAD: At least 11 people, including five women and three children, drowned and nine others went missing when an overloaded boat carrying wedding guests capsized in the Indus near Jhirk in Thatta district on Sunday, officials said.

Thatta Deputy Commissioner Dr Farah Naz Soomro said the boat, meant to carry around 30 people, had more than 55 on board when it overturned in strong currents about 200 metres from the bank.

The guests were returning from a wedding in a village on the other side of the river, she said.

Rescue 1122 spokesperson Hassan Ali Jatoi told Dawn that divers had recovered 11 bodies by the evening and 23 people had been pulled out alive, while several others swam to safety.

Allah Dino, 52, a fisherman from Jhirk who survived, said the boatman had ignored pleas to leave some passengers behind.

"We told him the boat was too heavy. He said, 'Don't worry, I have done this a hundred times,'" Allah Dino said from his bed at the Thatta civil hospital. "My wife and my brother's son are still in the water."

A police official said the boat's owner, identified as Ghulam Rasool Mallah, had been taken into custody and a case registered against him under the Pakistan Penal Code.

Relatives of the victims, who blocked the Thatta-Sujawal road for several hours, said rescue teams had arrived more than two hours after the accident.

"The authorities only woke up when the cameras came," said Abdul Ghaffar Khaskheli, whose sister and nephew are among the missing.

Jatoi rejected the claim. "Our first team reached the site within 40 minutes despite the broken road," he said.

According to a statement issued by the Chief Minister House, the chief minister has ordered an inquiry into the incident and sought a report from the Thatta administration within three days.

Boat accidents are common in the riverine areas of Sindh, where small wooden vessels are often the only means of crossing the river.""", [
        Q("At least 11 people, including five women and three children, drowned and nine others went missing when "
          "an overloaded boat carrying wedding guests capsized in the Indus near Jhirk in Thatta district on Sunday",
          "indirect", "officials", None),
        Q("the boat, meant to carry around 30 people, had more than 55 on board when it overturned in strong "
          "currents about 200 metres from the bank", "indirect", "Farah Naz Soomro", "Farah Naz Soomro"),
        Q("The guests were returning from a wedding in a village on the other side of the river", "indirect", "she",
          "Farah Naz Soomro", speaker_at="river, she said"),
        Q("divers had recovered 11 bodies by the evening and 23 people had been pulled out alive, while several "
          "others swam to safety", "indirect", "Hassan Ali Jatoi", "Hassan Ali Jatoi"),
        Q("the boatman had ignored pleas to leave some passengers behind", "indirect", "Allah Dino", "Allah Dino",
          speaker_at="Allah Dino, 52"),
        Q('"We told him the boat was too heavy. He said, \'Don\'t worry, I have done this a hundred times,\'"',
          "direct", "Allah Dino", "Allah Dino", speaker_at="Allah Dino said from"),
        Q('"My wife and my brother\'s son are still in the water."', "direct", "Allah Dino", "Allah Dino",
          speaker_at="Allah Dino said from"),
        Q("the boat's owner, identified as Ghulam Rasool Mallah, had been taken into custody and a case registered "
          "against him under the Pakistan Penal Code", "indirect", "A police official", None),
        Q("rescue teams had arrived more than two hours after the accident", "indirect", "Relatives of the victims",
          None),
        Q('"The authorities only woke up when the cameras came,"', "direct", "Abdul Ghaffar Khaskheli",
          "Abdul Ghaffar Khaskheli"),
        Q('"Our first team reached the site within 40 minutes despite the broken road,"', "direct", "he",
          "Hassan Ali Jatoi", speaker_at='road," he said'),
        Q("the chief minister has ordered an inquiry into the incident and sought a report from the Thatta "
          "administration within three days", "indirect", "the Chief Minister House", "Chief Minister House"),
    ]),

    # Kathmandu Post (Nepal): landslide and bridge collapse. "told the Post", "according to", agency acronyms.
    Case("blind21-bridge", """Six killed as landslide sweeps away bridge in Myagdi

Six people were killed and four others are missing after a landslide triggered by overnight rain swept away a motorable bridge over the Kali Gandaki River in Myagdi district early Tuesday.

A passenger jeep and two motorcycles were on the bridge along the Beni-Jomsom road when a portion of the hill above it collapsed at around 4:30am, according to the District Police Office, Myagdi.

“The whole slope came down in seconds. The bridge had no chance,” said Chief District Officer Bishnu Prasad Dhakal, who reached the site with a team of Nepal Army and Armed Police Force personnel.

Dhakal said rescuers had recovered six bodies from the debris and the river by noon, but search operations had to be halted twice because of fresh slides.

“We are searching the riverbank downstream as far as Beni. Four people are still unaccounted for, including a child,” he told the Post over the phone.

The 120-metre bridge was built in 2016 at a cost of Rs120 million.

Tek Bahadur Pun Magar, 63, who runs a tea shop a few hundred metres from the bridge, said he had warned ward officials about cracks on the hillside last year.

“Every monsoon the hill moves a little. This year it moved all at once,” Pun Magar said.

Geologist Dr Sunita Shrestha-Joshi, who teaches at Tribhuvan University, said road construction without proper drainage was making slopes along the Kali Gandaki more unstable, calling the Beni-Jomsom road “a disaster waiting to happen”.

According to the National Disaster Risk Reduction and Management Authority (NDRRMA), at least 142 people have died in monsoon-related disasters across the country since mid-June, and 37 others remain missing.

Home Ministry spokesperson Dil Kumar Tamang said the ministry had directed all district administrations along highways to halt night-time travel on vulnerable stretches during heavy rainfall.

Traffic on the Beni-Jomsom road, a key route to the Muktinath temple, will remain closed until a temporary crossing is built, police said.""", [
        Q("A passenger jeep and two motorcycles were on the bridge along the Beni-Jomsom road when a portion of the "
          "hill above it collapsed at around 4:30am", "indirect", "the District Police Office, Myagdi",
          "District Police Office, Myagdi"),
        Q("“The whole slope came down in seconds. The bridge had no chance,”", "direct", "Bishnu Prasad Dhakal",
          "Bishnu Prasad Dhakal"),
        Q("rescuers had recovered six bodies from the debris and the river by noon, but search operations had to be "
          "halted twice because of fresh slides", "indirect", "Dhakal", "Bishnu Prasad Dhakal",
          speaker_at="Dhakal said"),
        Q("“We are searching the riverbank downstream as far as Beni. Four people are still unaccounted for, "
          "including a child,”", "direct", "he", "Bishnu Prasad Dhakal", speaker_at="he told the Post"),
        Q("he had warned ward officials about cracks on the hillside last year", "indirect",
          "Tek Bahadur Pun Magar", "Tek Bahadur Pun Magar"),
        Q("“Every monsoon the hill moves a little. This year it moved all at once,”", "direct", "Pun Magar",
          "Tek Bahadur Pun Magar", speaker_at="Pun Magar said"),
        Q("road construction without proper drainage was making slopes along the Kali Gandaki more unstable",
          "indirect", "Sunita Shrestha-Joshi", "Sunita Shrestha-Joshi"),
        Q("“a disaster waiting to happen”", "partial", "Sunita Shrestha-Joshi", "Sunita Shrestha-Joshi"),
        Q("at least 142 people have died in monsoon-related disasters across the country since mid-June, and 37 "
          "others remain missing", "indirect", "the National Disaster Risk Reduction and Management Authority",
          "National Disaster Risk Reduction and Management Authority"),
        Q("the ministry had directed all district administrations along highways to halt night-time travel on "
          "vulnerable stretches during heavy rainfall", "indirect", "Dil Kumar Tamang", "Dil Kumar Tamang"),
        Q("Traffic on the Beni-Jomsom road, a key route to the Muktinath temple, will remain closed until a "
          "temporary crossing is built", "indirect", "police", None),
    ]),

    # The Straits Times (Singapore): obituary of an architect. Family-name-first names, a Datuk Seri, a book title.
    Case("blind21-architect", """Architect Lee Kah Wai, who helped shape Singapore’s early HDB estates, dies aged 87

Architect Lee Kah Wai, whose airy, open-corridor blocks in Queenstown and Toa Payoh became a template for public housing in Singapore’s early decades, died on Sunday. He was 87.

He died peacefully at home in Bukit Timah, surrounded by his family, his daughter Lee Mei Ling, 58, said on Monday.

“My father always said a building is only finished when people start living in it. He cared far more about the corridors and the void decks than about the facades,” she told The Straits Times.

Born in Ipoh, Perak, in 1937, Mr Lee studied architecture at the University of Melbourne before joining the Housing and Development Board (HDB) in 1963. Over the next two decades, he led teams that designed more than 30,000 flats.

His so-called “breathing blocks”, with staggered floors and wide light wells that let air flow through every unit, were widely copied across the region. He later set out his ideas in a slim memoir, “Corridors of Home” (1998).

Dr Chua Siew Ling, who worked under him at HDB in the 1970s and later taught at the National University of Singapore, described him as “a quiet radical”.

“He did not give speeches. He gave you a pencil and told you to draw the wind,” she said, recalling his habit of sketching ventilation paths over every floor plan.

In Malaysia, Datuk Seri Ahmad Faizal bin Abdul Rahman, who commissioned Mr Lee to design the Taman Seri Hijau housing scheme in Ipoh in the 1980s, said the country had also lost “one of its own”.

“He never forgot where he came from. Whenever he visited Ipoh, he insisted on eating at the same kopitiam he went to as a schoolboy,” said Datuk Seri Ahmad Faizal.

In a Facebook post on Monday, Minister for National Development Ong Hui Min said Mr Lee’s work had “quietly improved the lives of hundreds of thousands of Singaporeans”.

“His legacy is in every void deck where children play and neighbours meet,” she wrote.

The Singapore Institute of Architects (SIA) said it would hold a memorial lecture in his honour later this year.

Mr Lee is survived by his wife, Madam Wong Siew Yin, two daughters and five grandchildren. The wake is being held at his home, and the cortege will leave for Mandai Crematorium on Thursday.""", [
        Q("He died peacefully at home in Bukit Timah, surrounded by his family", "indirect", "Lee Mei Ling",
          "Lee Mei Ling"),
        Q("“My father always said a building is only finished when people start living in it. He cared far more "
          "about the corridors and the void decks than about the facades,”", "direct", "she", "Lee Mei Ling",
          speaker_at="she told The Straits Times"),
        Q("“a quiet radical”", "partial", "Chua Siew Ling", "Chua Siew Ling"),
        Q("“He did not give speeches. He gave you a pencil and told you to draw the wind,”", "direct", "she",
          "Chua Siew Ling", speaker_at="she said, recalling"),
        Q("“one of its own”", "partial", "Ahmad Faizal bin Abdul Rahman", "Ahmad Faizal bin Abdul Rahman"),
        Q("“He never forgot where he came from. Whenever he visited Ipoh, he insisted on eating at the same "
          "kopitiam he went to as a schoolboy,”", "direct", "Ahmad Faizal",
          "Ahmad Faizal bin Abdul Rahman", speaker_at="said Datuk Seri Ahmad Faizal."),
        Q("“quietly improved the lives of hundreds of thousands of Singaporeans”", "partial", "Ong Hui Min",
          "Ong Hui Min"),
        Q("“His legacy is in every void deck where children play and neighbours meet,”", "direct", "she",
          "Ong Hui Min", speaker_at="she wrote"),
        Q("it would hold a memorial lecture in his honour later this year", "indirect",
          "The Singapore Institute of Architects", "Singapore Institute of Architects"),
    ]),

    # Yorkshire Post: rugby league. Straight British single quotes; a Samoan name with an apostrophe; nested doubles.
    Case("blind21-rhinos", """Rhinos edge Tigers in Headingley thriller to keep play-off hopes alive

Leeds Rhinos 22 Castleford Tigers 20

LEEDS Rhinos kept their Super League play-off hopes alive as Jake Ormondroyd's penalty two minutes from time settled a pulsating West Yorkshire derby at Headingley.

The hosts trailed 20-14 with a quarter of an hour left before winger Tui Fa'amausili went over in the corner and Ormondroyd, who had missed two earlier kicks, added the conversion from the touchline and then held his nerve from 30 metres out.

'I'd be lying if I said my legs weren't shaking,' admitted Ormondroyd, 21. 'But the lads had done all the hard work, so I just had to put it between the sticks.'

'That's the most complete 80 minutes we've put together all year,' said Rhinos coach Shaun Kettlewell, whose side moved to within two points of sixth-placed Huddersfield Giants.

Kettlewell revealed Fa'amausili had needed pain-killing injections in his ribs before kick-off.

'He's as tough as they come. A lot of players would have put their hand up and said "not tonight", but he never even mentioned it,' he added.

Castleford head coach Lee Rastrick was left to rue two disallowed tries and described some of the officiating as 'baffling'.

'I'll probably get a letter from the Rugby Football League for saying this, but I've watched the second one back three times and I still can't see a knock-on,' he said.

The RFL said it would not comment on individual refereeing decisions.

Leeds captain Ryan Hall-Brennan said the win showed his side had 'finally learned to win ugly', something that had cost them dearly in the first half of the season.

A crowd of 16,412 watched the game, the biggest at Headingley this season.

Leeds travel to Wigan Warriors next Friday, while Castleford host Salford Red Devils on Sunday.""", [
        Q("'I'd be lying if I said my legs weren't shaking,'", "direct", "Ormondroyd", "Jake Ormondroyd",
          speaker_at="admitted Ormondroyd"),
        Q("'But the lads had done all the hard work, so I just had to put it between the sticks.'", "direct",
          "Ormondroyd", "Jake Ormondroyd", speaker_at="admitted Ormondroyd"),
        Q("'That's the most complete 80 minutes we've put together all year,'", "direct", "Shaun Kettlewell",
          "Shaun Kettlewell"),
        Q("Fa'amausili had needed pain-killing injections in his ribs before kick-off", "indirect", "Kettlewell",
          "Shaun Kettlewell", speaker_at="Kettlewell revealed"),
        Q("'He's as tough as they come. A lot of players would have put their hand up and said \"not tonight\", "
          "but he never even mentioned it,'", "direct", "he", "Shaun Kettlewell", speaker_at="he added"),
        Q("'baffling'", "partial", "Lee Rastrick", "Lee Rastrick"),
        Q("'I'll probably get a letter from the Rugby Football League for saying this, but I've watched the second "
          "one back three times and I still can't see a knock-on,'", "direct", "he", "Lee Rastrick",
          speaker_at="knock-on,' he said"),
        Q("it would not comment on individual refereeing decisions", "indirect", "The RFL", "Rugby Football League"),
        Q("'finally learned to win ugly'", "partial", "Ryan Hall-Brennan", "Ryan Hall-Brennan"),
    ]),

    # Irish Examiner (Cork): Gaelic football. Curly British single quotes, Irish-language names, a TV title in marks.
    Case("blind21-munster", """Cork end 12-year Munster wait with stunning win over Kerry

Cork 1-15 Kerry 0-16

Cork ended more than a decade of Munster final heartache at Páirc Uí Chaoimh yesterday as a storming second-half display, capped by a goal from substitute Cian Ó Laoghaire, earned a famous two-point win over the All-Ireland champions.

Trailing 0-12 to 0-8 at the break, the Rebels outscored Kerry 1-7 to 0-4 after the restart in front of a crowd that grew louder with every score.

‘We’ve been told for years that we can’t live with Kerry,’ said Cork manager Liam Ó Donnabháin. ‘These lads never believed it, and today they showed everyone why.’

Ó Laoghaire, who only came on in the 51st minute, fired to the net in the 63rd after the ball broke to him 14 metres out. Afterwards he said he had ‘just closed my eyes and hit it’.

Kerry manager Tadhg Mac Gearailt refused to blame the greasy conditions. ‘Cork were better than us today, simple as that. We’ll take our medicine and regroup for the All-Ireland series,’ he said.

Mac Gearailt confirmed corner-back Seánie Ó Cinnéide had suffered a suspected hamstring tear and would be assessed during the week.

‘This is for everybody who kept coming to the Páirc when there was nothing to cheer about,’ said Cork captain Darragh Ó hAodha as he lifted the cup.

Among the crowd was 84-year-old Dónal Ó Riordáin from Ballincollig, who said he had been at every Munster final in Cork since 1957. ‘I thought I’d never see this again,’ he said, wiping his eyes.

Speaking on RTÉ’s ‘The Sunday Game’, former Cork All-Star Nollaig Cronin-Walsh said Cork’s kick-out strategy had been ‘the difference between the teams’.

Munster GAA said the attendance of 38,216 was the highest for a provincial final in Cork since 2013.

Cork now advance to the All-Ireland series as Munster champions, with the draw for the group stage to take place tomorrow.""", [
        Q("‘We’ve been told for years that we can’t live with Kerry,’", "direct", "Liam Ó Donnabháin",
          "Liam Ó Donnabháin"),
        Q("‘These lads never believed it, and today they showed everyone why.’", "direct", "Liam Ó Donnabháin",
          "Liam Ó Donnabháin"),
        Q("‘just closed my eyes and hit it’", "partial", "he", "Cian Ó Laoghaire", speaker_at="Afterwards he said"),
        Q("‘Cork were better than us today, simple as that. We’ll take our medicine and regroup for the All-Ireland "
          "series,’", "direct", "he", "Tadhg Mac Gearailt", speaker_at="series,’ he said"),
        Q("corner-back Seánie Ó Cinnéide had suffered a suspected hamstring tear and would be assessed during the "
          "week", "indirect", "Mac Gearailt", "Tadhg Mac Gearailt", speaker_at="Mac Gearailt confirmed"),
        Q("‘This is for everybody who kept coming to the Páirc when there was nothing to cheer about,’", "direct",
          "Darragh Ó hAodha", "Darragh Ó hAodha"),
        Q("he had been at every Munster final in Cork since 1957", "indirect", "Dónal Ó Riordáin",
          "Dónal Ó Riordáin"),
        Q("‘I thought I’d never see this again,’", "direct", "he", "Dónal Ó Riordáin",
          speaker_at="he said, wiping"),
        Q("‘the difference between the teams’", "partial", "Nollaig Cronin-Walsh", "Nollaig Cronin-Walsh"),
        Q("the attendance of 38,216 was the highest for a provincial final in Cork since 2013", "indirect",
          "Munster GAA", "Munster GAA"),
    ]),

    # Arab News: art biennale in Riyadh. Curly double quotes, al/bin names, a Sheikh, theme and programme titles in marks.
    Case("blind21-biennale", """Diriyah biennale opens with focus on water and memory

RIYADH: The third edition of the Diriyah Contemporary Art Biennale opened to the public on Saturday in the JAX district of Diriyah, bringing together more than 100 artists from 43 countries under the theme “After Rain.”

Artistic director Dr. Noura Al-Ghamdi said the theme was chosen to reflect “the way memory, like water, shapes a landscape long after it has gone.”

“In this region we know what it means to wait for rain. We also know that when it comes, everything changes at once,” she told Arab News during a preview tour of the exhibition halls.

The Diriyah Biennale Foundation, which organizes the event under the Ministry of Culture, said more than 250,000 people had visited the previous edition.

Saudi artist Dana Abdulaziz Al-Otaibi has filled a darkened hall with 3,000 clay water jars collected from villages in the Asir region.

“My grandmother carried water in jars like these. I wanted people to hear the sound of them knocking together, because that is the sound of my childhood,” said Al-Otaibi, 34.

Indonesian artist Wulan Sekarsari, whose three-channel video follows farmers in Central Java through a season of floods, said it was “the first time my work has been shown in the Gulf.”

Omani collector Sheikh Khalid bin Mohammed Al-Harthy, who has lent two works from his collection, described the biennale as “a meeting place the region did not have 10 years ago.”

According to co-curator Ahmed bin Saleh Al-Zahrani, nearly half of the participating artists are women, and more than a third are showing in Saudi Arabia for the first time.

Al-Zahrani added: “We did not set quotas. The strongest proposals simply came from women this time.”

A parallel program of talks and workshops, titled “Listening to the Wadi,” runs every weekend until the biennale closes on May 24.

Tickets are free but must be booked online, organizers said.""", [
        Q("“the way memory, like water, shapes a landscape long after it has gone.”", "partial", "Noura Al-Ghamdi",
          "Noura Al-Ghamdi"),
        Q("“In this region we know what it means to wait for rain. We also know that when it comes, everything "
          "changes at once,”", "direct", "she", "Noura Al-Ghamdi", speaker_at="she told Arab News"),
        Q("more than 250,000 people had visited the previous edition", "indirect", "The Diriyah Biennale Foundation",
          "Diriyah Biennale Foundation"),
        Q("“My grandmother carried water in jars like these. I wanted people to hear the sound of them knocking "
          "together, because that is the sound of my childhood,”", "direct", "Al-Otaibi",
          "Dana Abdulaziz Al-Otaibi", speaker_at="said Al-Otaibi"),
        Q("“the first time my work has been shown in the Gulf.”", "partial", "Wulan Sekarsari", "Wulan Sekarsari"),
        Q("“a meeting place the region did not have 10 years ago.”", "partial", "Khalid bin Mohammed Al-Harthy",
          "Khalid bin Mohammed Al-Harthy"),
        Q("nearly half of the participating artists are women, and more than a third are showing in Saudi Arabia "
          "for the first time", "indirect", "Ahmed bin Saleh Al-Zahrani", "Ahmed bin Saleh Al-Zahrani"),
        Q("“We did not set quotas. The strongest proposals simply came from women this time.”", "direct",
          "Al-Zahrani", "Ahmed bin Saleh Al-Zahrani", speaker_at="Al-Zahrani added"),
        Q("Tickets are free but must be booked online", "indirect", "organizers", None),
    ]),
]
