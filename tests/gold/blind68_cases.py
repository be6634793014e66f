"""Blind gold (set 68): short news articles written once, blind to the pretagger.

Wire copy and regional dailies from many countries and house styles (curly
double quotes, straight quotes, British single quotes), with every quote
annotated. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind68-mackay-assault", """Man guilty of bashing taxi driver outside city pub

A Mackay man who punched and kicked a taxi driver outside a Sydney St pub has been found guilty of assault occasioning bodily harm after a two-day trial in Mackay District Court.

The jury took a little over three hours on Wednesday to convict Jarrod Lee Kettering, 31, who had pleaded not guilty to the charge.

The driver, Sione Taufa’ahau, had refused to take Kettering and two friends from the venue about 1.30am on May 14 last year because they were drinking from open cans of bourbon, prosecutors said.

Crown prosecutor Melissa Van Der Berg told the jury the attack was “unprovoked, sustained and cowardly”.

“Mr Taufa’ahau did nothing more than his job,” she said in her closing address. “He said no, and for that he ended up on the footpath with a fractured eye socket.”

Mr Taufa’ahau, a father of four who has driven taxis in Mackay for 11 years, told the court he had not been able to work for three months after the assault.

“I still look at every passenger and wonder,” he said.

Defence barrister Patrick O’Shaughnessy argued his client had acted in self-defence. He told the jury the driver had got out of his cab and “squared up” to the group.

“This was a messy, drunken scuffle, not a one-sided beating,” Mr O’Shaughnessy said. “You can’t be satisfied beyond reasonable doubt about who threw the first punch.”

CCTV footage played to the court showed Kettering throwing at least four punches and kicking the driver twice while he was on the ground.

One of Kettering’s friends, Dylan Whiteley-Moss, gave evidence that the driver had “come at” Kettering first, but conceded under cross-examination that he could not remember much of the night.

Judge Catherine Ngata-Rowe remanded Kettering in custody ahead of sentencing on Friday.

“The footage is confronting,” Judge Ngata-Rowe said. “You should expect that a term of actual imprisonment is being considered.”

Outside court, Mr Taufa’ahau’s wife Losana said the family was relieved the trial was over.

“We just want him to be able to go back to work without being scared,” she said.

Mackay Taxi Company general manager Brent Halloran said drivers across the city had been targeted in a string of incidents this year. He described the number as “disturbing” and called on the State Government to fund safety screens in every cab.""", [
        Q("The driver, Sione Taufa’ahau, had refused to take Kettering and two friends from the venue about 1.30am "
          "on May 14 last year because they were drinking from open cans of bourbon", "indirect", "prosecutors", None),
        Q("“unprovoked, sustained and cowardly”", "partial", "Melissa Van Der Berg", "Melissa Van Der Berg"),
        Q("“Mr Taufa’ahau did nothing more than his job,”", "direct", "she", "Melissa Van Der Berg",
          speaker_at="she said in her closing address"),
        Q("“He said no, and for that he ended up on the footpath with a fractured eye socket.”", "direct", "she",
          "Melissa Van Der Berg", speaker_at="she said in her closing address"),
        Q("he had not been able to work for three months after the assault", "indirect", "Taufa’ahau",
          "Sione Taufa’ahau", speaker_at="Taufa’ahau, a father of four"),
        Q("“I still look at every passenger and wonder,”", "direct", "he", "Sione Taufa’ahau",
          speaker_at="wonder,” he said"),
        Q("his client had acted in self-defence", "indirect", "Patrick O’Shaughnessy", "Patrick O’Shaughnessy"),
        Q("“squared up”", "partial", "He", "Patrick O’Shaughnessy", speaker_at="He told the jury"),
        Q("“This was a messy, drunken scuffle, not a one-sided beating,”", "direct", "O’Shaughnessy",
          "Patrick O’Shaughnessy", speaker_at="O’Shaughnessy said"),
        Q("“You can’t be satisfied beyond reasonable doubt about who threw the first punch.”", "direct",
          "O’Shaughnessy", "Patrick O’Shaughnessy", speaker_at="O’Shaughnessy said"),
        Q("“come at”", "partial", "Dylan Whiteley-Moss", "Dylan Whiteley-Moss"),
        Q("he could not remember much of the night", "indirect", "Dylan Whiteley-Moss", "Dylan Whiteley-Moss"),
        Q("“The footage is confronting,”", "direct", "Ngata-Rowe", "Catherine Ngata-Rowe",
          speaker_at="Judge Ngata-Rowe said"),
        Q("“You should expect that a term of actual imprisonment is being considered.”", "direct", "Ngata-Rowe",
          "Catherine Ngata-Rowe", speaker_at="Judge Ngata-Rowe said"),
        Q("the family was relieved the trial was over", "indirect", "Losana", "Losana"),
        Q("“We just want him to be able to go back to work without being scared,”", "direct", "she", "Losana",
          speaker_at="scared,” she said"),
        Q("drivers across the city had been targeted in a string of incidents this year", "indirect",
          "Brent Halloran", "Brent Halloran"),
        Q("“disturbing”", "partial", "He", "Brent Halloran", speaker_at="He described"),
    ], source="blind"),
    Case("blind68-sun-customs", """Ex-customs officer, forwarding agent claim trial to RM4.2m duty evasion

KUALA LUMPUR: A former senior customs officer and a forwarding agent claimed trial in the Sessions Court here today to 14 charges of conspiring to evade RM4.2 million in import duties on cigarettes and liquor.

Mohd Faizal bin Abdul Rahman, 48, who served as a deputy assistant director at the Royal Malaysian Customs Department's Port Klang office, and Tan Boon Kiat, 52, are accused of falsifying declarations for 37 containers between March 2021 and August 2022.

The containers were declared as "household furniture" and "ceramic tiles", according to the charge sheets.

The case was investigated jointly by the customs department and the Malaysian Anti-Corruption Commission (MACC), which said in a separate statement that the two men had allegedly shared more than RM600,000 in kickbacks.

Deputy public prosecutor Nur Aisyah Zulkifli applied for bail of RM100,000 each, saying the amount involved was substantial.

"The second accused holds permanent residency in Singapore and travels there frequently. There is a real risk of flight," she told the court.

Counsel Datuk Ranjit Singh Gill, representing Mohd Faizal, asked for a lower sum, telling the court his client had been suspended on half pay since 2022 and was the sole breadwinner for five children.

"My client has cooperated fully with the investigation from day one. He surrendered his passport voluntarily," Ranjit said.

Tan's lawyer, Lee Wei Ming, said his client would abide by any conditions imposed, adding that the businessman "has never missed a court date in his life".

Judge Azura Alwi allowed bail of RM60,000 each with one surety, ordered both men to surrender their passports and to report to the nearest police station once a month, and fixed July 18 for mention.

If convicted under Section 135(1)(a) of the Customs Act 1967, they face a fine of up to 20 times the amount of duty evaded, imprisonment of up to five years, or both.

In a statement issued later, Customs director-general Datuk Seri Anis Rizana Mohd Zainudin said the case was part of a wider crackdown on "leakages" within the department.

"We will not protect anyone, regardless of rank. Integrity is not negotiable," she said, adding that 23 officers had been charged in court since January.

Members of the public with information on smuggling activities can contact the customs hotline at 1-800-88-8855.""", [
        Q('The containers were declared as "household furniture" and "ceramic tiles"', "indirect",
          "the charge sheets", None),
        Q("the two men had allegedly shared more than RM600,000 in kickbacks", "indirect",
          "Malaysian Anti-Corruption Commission (MACC)", "Malaysian Anti-Corruption Commission"),
        Q("the amount involved was substantial", "indirect", "Nur Aisyah Zulkifli", "Nur Aisyah Zulkifli"),
        Q('"The second accused holds permanent residency in Singapore and travels there frequently. There is a '
          'real risk of flight,"', "direct", "she", "Nur Aisyah Zulkifli", speaker_at="she told the court"),
        Q("his client had been suspended on half pay since 2022 and was the sole breadwinner for five children",
          "indirect", "Ranjit Singh Gill", "Ranjit Singh Gill"),
        Q('"My client has cooperated fully with the investigation from day one. He surrendered his passport '
          'voluntarily,"', "direct", "Ranjit", "Ranjit Singh Gill", speaker_at="Ranjit said"),
        Q("his client would abide by any conditions imposed", "indirect", "Lee Wei Ming", "Lee Wei Ming"),
        Q('"has never missed a court date in his life"', "partial", "Lee Wei Ming", "Lee Wei Ming"),
        Q('"leakages"', "partial", "Anis Rizana Mohd Zainudin", "Anis Rizana Mohd Zainudin"),
        Q('"We will not protect anyone, regardless of rank. Integrity is not negotiable,"', "direct", "she",
          "Anis Rizana Mohd Zainudin", speaker_at="she said, adding"),
        Q("23 officers had been charged in court since January", "indirect", "she", "Anis Rizana Mohd Zainudin",
          speaker_at="she said, adding"),
    ], source="blind"),
    Case("blind68-thisday-bank", """Crestline Bank Posts N412.6bn Profit, Proposes N3.10 Final Dividend

Crestline Bank Plc has reported a profit before tax of N412.6 billion for the year ended December 31, 2024, up 71 per cent from N241.3 billion in 2023, driven largely by foreign exchange revaluation gains and higher interest income.

The lender’s audited results, filed with the Nigerian Exchange Limited (NGX) on Monday, showed gross earnings rose to N1.28 trillion from N702.4 billion, while total assets crossed the N10 trillion mark for the first time.

The board proposed a final dividend of N3.10 per share, bringing the total payout for the year to N3.60.

Speaking on the results, the Group Managing Director/Chief Executive Officer, Mrs. Adaeze Okonkwo-Bello, said the bank had “delivered a resilient performance in one of the most challenging operating environments in recent memory.”

“Our strategy of deepening retail deposits and tightening risk management has paid off,” she stated. “We grew customer deposits by 58 per cent while keeping our non-performing loan ratio at 3.9 per cent, well within the regulatory threshold.”

Okonkwo-Bello noted that the bank’s capital raising programme, aimed at meeting the Central Bank of Nigeria’s (CBN) new N500 billion minimum capital requirement for banks with international licences, was on course.

According to her, the rights issue, which closed in November, was oversubscribed by 134 per cent.

The Chairman of the bank, Chief Emmanuel Oluwaseun Adeyemi-Cole, in his remarks, described the dividend as “a reward for the patience and loyalty of our over 600,000 shareholders.”

However, analysts cautioned that a large portion of the profit came from one-off currency gains.

“Strip out the FX revaluation gains and core earnings growth is closer to 30 per cent. That is still decent, but investors should not expect a repeat of these numbers in 2025, especially with the windfall levy now in force,” the Head of Research at Cordros Securities Limited, Mr. Tochukwu Ibe, said in a note to clients.

He added that the improvement in the bank’s cost-to-income ratio, to 48.2 per cent from 53.1 per cent, was encouraging.

Also reacting, the National Coordinator of the Progressive Shareholders Association of Nigeria (PSAN), Alhaji Gbadebo Olatokunbo, told THISDAY that shareholders were satisfied with the payout.

“We commend the board, but we want to see this level of dividend sustained even when there are no FX gains to lean on,” Olatokunbo said.

The bank’s shares closed at N48.50 on the NGX yesterday, up 4.3 per cent, making it one of the top gainers of the day.""", [
        Q("“delivered a resilient performance in one of the most challenging operating environments in recent "
          "memory.”", "partial", "Adaeze Okonkwo-Bello", "Adaeze Okonkwo-Bello"),
        Q("“Our strategy of deepening retail deposits and tightening risk management has paid off,”", "direct", "she",
          "Adaeze Okonkwo-Bello", speaker_at="she stated"),
        Q("“We grew customer deposits by 58 per cent while keeping our non-performing loan ratio at 3.9 per cent, "
          "well within the regulatory threshold.”", "direct", "she", "Adaeze Okonkwo-Bello", speaker_at="she stated"),
        Q("the bank’s capital raising programme, aimed at meeting the Central Bank of Nigeria’s (CBN) new N500 "
          "billion minimum capital requirement for banks with international licences, was on course", "indirect",
          "Okonkwo-Bello", "Adaeze Okonkwo-Bello", speaker_at="Okonkwo-Bello noted"),
        Q("the rights issue, which closed in November, was oversubscribed by 134 per cent", "indirect", "her",
          "Adaeze Okonkwo-Bello", speaker_at="According to her"),
        Q("“a reward for the patience and loyalty of our over 600,000 shareholders.”", "partial",
          "Emmanuel Oluwaseun Adeyemi-Cole", "Emmanuel Oluwaseun Adeyemi-Cole"),
        Q("a large portion of the profit came from one-off currency gains", "indirect", "analysts", None,
          speaker_at="analysts cautioned"),
        Q("“Strip out the FX revaluation gains and core earnings growth is closer to 30 per cent. That is still "
          "decent, but investors should not expect a repeat of these numbers in 2025, especially with the windfall "
          "levy now in force,”", "direct", "Tochukwu Ibe", "Tochukwu Ibe"),
        Q("the improvement in the bank’s cost-to-income ratio, to 48.2 per cent from 53.1 per cent, was encouraging",
          "indirect", "He", "Tochukwu Ibe", speaker_at="He added"),
        Q("shareholders were satisfied with the payout", "indirect", "Gbadebo Olatokunbo", "Gbadebo Olatokunbo"),
        Q("“We commend the board, but we want to see this level of dividend sustained even when there are no FX "
          "gains to lean on,”", "direct", "Olatokunbo", "Gbadebo Olatokunbo", speaker_at="Olatokunbo said"),
    ], source="blind"),
    Case("blind68-efe-coffee", """Honduran coffee exporter triples profit on record prices

Tegucigalpa, Feb 14 (EFE).- Honduran coffee exporter Beneficio Santa Rosa reported on Friday a net profit of 38.7 million lempiras (about 1.5 million dollars) for the 2023-2024 harvest, nearly triple that of the previous cycle, as high international prices offset a fall in the volume it shipped.

The company, one of the 10 largest exporters in the Central American country, sold 412,000 quintals (46-kilo bags) abroad, 9 percent less than the year before, its general manager, José Antonio Zelaya Mejía, told EFE.

"Prices on the New York market have been the highest in more than a decade, and that has allowed us to pay producers better," Zelaya said.

He added that about 60 percent of the company's beans went to Germany, Belgium and the United States, and that demand for specialty coffees from Japan and South Korea "grew like never before."

The executive warned, however, that producers were facing rising costs for fertilizer and labor.

"Many small farmers are abandoning their plots because the young people are leaving for the United States. Without hands, there is no coffee," he said.

Honduras, the largest coffee producer in Central America, exported 5.6 million quintals in the 2023-2024 harvest, worth some 1.4 billion dollars, according to figures from the Honduran Coffee Institute (IHCAFE).

The president of the institute, María Fernanda de la Torre Paz, said in a statement that IHCAFE expects exports to fall by around 10 percent in the current harvest due to the drought brought to the west of the country by the El Niño phenomenon.

"It will be a difficult year, but the quality of Honduran coffee is recognized around the world and that is our best defense," De la Torre added.

Coffee represents about 5 percent of Honduras' gross domestic product and generates around a million jobs, according to official data.

Producer groups in the western department of Ocotepeque have asked the government for a fund to renew plantations hit by leaf rust, a request that the Ministry of Agriculture said it was "studying."

EFE jmr/lll/cfa""", [
        Q("The company, one of the 10 largest exporters in the Central American country, sold 412,000 quintals "
          "(46-kilo bags) abroad, 9 percent less than the year before", "indirect", "José Antonio Zelaya Mejía",
          "José Antonio Zelaya Mejía"),
        Q('"Prices on the New York market have been the highest in more than a decade, and that has allowed us to '
          'pay producers better,"', "direct", "Zelaya", "José Antonio Zelaya Mejía", speaker_at="Zelaya said"),
        Q("about 60 percent of the company's beans went to Germany, Belgium and the United States", "indirect", "He",
          "José Antonio Zelaya Mejía", speaker_at="He added"),
        Q('"grew like never before."', "partial", "He", "José Antonio Zelaya Mejía", speaker_at="He added"),
        Q("producers were facing rising costs for fertilizer and labor", "indirect", "The executive",
          "José Antonio Zelaya Mejía"),
        Q('"Many small farmers are abandoning their plots because the young people are leaving for the United '
          'States. Without hands, there is no coffee,"', "direct", "he", "José Antonio Zelaya Mejía",
          speaker_at="he said"),
        Q("Honduras, the largest coffee producer in Central America, exported 5.6 million quintals in the 2023-2024 "
          "harvest, worth some 1.4 billion dollars", "indirect", "the Honduran Coffee Institute (IHCAFE)",
          "Honduran Coffee Institute"),
        Q("IHCAFE expects exports to fall by around 10 percent in the current harvest due to the drought brought "
          "to the west of the country by the El Niño phenomenon", "indirect", "María Fernanda de la Torre Paz",
          "María Fernanda de la Torre Paz"),
        Q('"It will be a difficult year, but the quality of Honduran coffee is recognized around the world and that '
          'is our best defense,"', "direct", "De la Torre", "María Fernanda de la Torre Paz"),
        Q("Coffee represents about 5 percent of Honduras' gross domestic product and generates around a million jobs",
          "indirect", "official data", None),
        Q('"studying."', "partial", "the Ministry of Agriculture", "Ministry of Agriculture"),
    ], source="blind"),
    Case("blind68-dispatch-byelection", """ANC holds Mdantsane ward in tense by-election

The ANC has retained Ward 17 in Mdantsane after a by-election marred by long queues, a late-opening voting station and allegations of vote-buying that the party has rejected.

ANC candidate Lwazi Mbotshelwa won 2,341 votes, or 58.2%, the Electoral Commission of South Africa (IEC) announced early on Thursday. The EFF’s Siphokazi Ndlebe-Gqirana came second with 1,127 votes, while the DA’s Johan du Plessis received 311.

Turnout was 31%, down from 44% in the 2021 local government elections.

The by-election was called after the death in August of councillor Bongani Tyali, who had represented the ward since 2016.

Speaking at the results centre in East London, Mbotshelwa said he would “hit the ground running”.

“The people of Mdantsane have spoken. They want water that comes out of the tap every day, they want the potholes on Billie Road fixed and they want a councillor who answers his phone,” he said.

Ndlebe-Gqirana said the EFF would lodge a formal objection with the IEC over what she called “blatant vote-buying” outside two voting stations, where she claimed food parcels had been handed out on Wednesday morning.

“We have never bought a single vote and we never will. If the EFF has evidence, let them take it to the police instead of the media,” ANC Buffalo City regional secretary Mawethu Gqeba said.

IEC provincial electoral officer Dr Thembisa Kota said the commission had received no formal complaint by the close of voting. She acknowledged that one voting station, at Sophakama Primary School, had opened almost two hours late because ballot papers had been delivered to the wrong venue.

“That should not have happened and we have apologised to the voters affected,” she said.

Several residents in the queue at NU 8 told the Dispatch they had come out mainly to complain about water outages, which have hit parts of the township for most of the winter.

“We have been without water for nine days this month. I voted, but I don’t expect much,” said Nozuko Bam, 62, a retired nurse.

Du Plessis conceded defeat but said the DA had “grown its support in a ward where we have never seriously campaigned before”.

The result will be formally declared by the IEC on Friday. Mbotshelwa is expected to be sworn in at the next sitting of the Buffalo City Metro council on August 29.""", [
        Q("ANC candidate Lwazi Mbotshelwa won 2,341 votes, or 58.2%", "indirect",
          "the Electoral Commission of South Africa (IEC)", "Electoral Commission of South Africa"),
        Q("“hit the ground running”", "partial", "Mbotshelwa", "Lwazi Mbotshelwa", speaker_at="Mbotshelwa said"),
        Q("“The people of Mdantsane have spoken. They want water that comes out of the tap every day, they want the "
          "potholes on Billie Road fixed and they want a councillor who answers his phone,”", "direct", "he",
          "Lwazi Mbotshelwa", speaker_at="phone,” he said"),
        Q("the EFF would lodge a formal objection with the IEC", "indirect", "Ndlebe-Gqirana",
          "Siphokazi Ndlebe-Gqirana", speaker_at="Ndlebe-Gqirana said"),
        Q("“blatant vote-buying”", "partial", "she", "Siphokazi Ndlebe-Gqirana", speaker_at="she called"),
        Q("food parcels had been handed out on Wednesday morning", "indirect", "she", "Siphokazi Ndlebe-Gqirana",
          speaker_at="she claimed"),
        Q("“We have never bought a single vote and we never will. If the EFF has evidence, let them take it to the "
          "police instead of the media,”", "direct", "Mawethu Gqeba", "Mawethu Gqeba"),
        Q("the commission had received no formal complaint by the close of voting", "indirect", "Thembisa Kota",
          "Thembisa Kota"),
        Q("one voting station, at Sophakama Primary School, had opened almost two hours late because ballot papers "
          "had been delivered to the wrong venue", "indirect", "She", "Thembisa Kota", speaker_at="She acknowledged"),
        Q("“That should not have happened and we have apologised to the voters affected,”", "direct", "she",
          "Thembisa Kota", speaker_at="affected,” she said"),
        Q("they had come out mainly to complain about water outages", "indirect",
          "Several residents in the queue at NU 8", None),
        Q("“We have been without water for nine days this month. I voted, but I don’t expect much,”", "direct",
          "Nozuko Bam", "Nozuko Bam"),
        Q("“grown its support in a ward where we have never seriously campaigned before”", "partial", "Du Plessis",
          "Johan du Plessis", speaker_at="Du Plessis conceded"),
    ], source="blind"),
    Case("blind68-oban-council", """Independent takes Oban North and Lorn seat after fifth-stage count

Independent candidate Catriona MacInnes-Black has been elected to Argyll and Bute Council in the Oban North and Lorn by-election, after a count that went to a fifth stage at the Corran Halls on Friday.

Mrs MacInnes-Black, a Connel hotelier and chair of the Lorn Ferry Users' Group, overtook the SNP's Duncan MacCallum on transfers from the Scottish Liberal Democrat and Scottish Green candidates to win by 87 votes.

Turnout was 34.6 per cent, up from 28 per cent at the last by-election in the area in 2021, according to returning officer Moira Cairncross.

Much of the campaign was fought over the ward's 'lifeline' ferry services to Lismore and Kerrera, which suffered repeated cancellations over the winter.

In her acceptance speech, Mrs MacInnes-Black paid tribute to the late Councillor Ewan Lamont, whose death in January triggered the by-election.

'Ewan was a friend and a fearless champion of this ward, and I know I have very big boots to fill,' she said. 'People have told me again and again on the doorstep that they are fed up being let down by ferries, by the health board and by a council that too often seems to forget anywhere north of Lochgilphead.

'I will be their voice in Kilmory, and I will not be shy about it.'

Mr MacCallum said he was 'disappointed but not downhearted' and congratulated his opponent on a well-run campaign.

'We increased our first-preference vote and came within a whisker. The SNP will be back,' he told The Oban Times.

Scottish Conservative candidate Alasdair Grant-Stewart, who finished fourth, said the result was a message to all the parties that voters wanted local people, not party machines, running the council.

Council leader Niall McGilp welcomed the new member to the chamber. 'There is a lot of hard work ahead on the budget and I look forward to working with her,' he said in a statement.

The result leaves the council's ruling administration with a majority of one.

Mrs MacInnes-Black will take her seat at the full council meeting in Lochgilphead on March 27.""", [
        Q("Turnout was 34.6 per cent, up from 28 per cent at the last by-election in the area in 2021", "indirect",
          "Moira Cairncross", "Moira Cairncross"),
        Q("'Ewan was a friend and a fearless champion of this ward, and I know I have very big boots to fill,'",
          "direct", "she", "Catriona MacInnes-Black", speaker_at="she said"),
        Q("'People have told me again and again on the doorstep that they are fed up being let down by ferries, by "
          "the health board and by a council that too often seems to forget anywhere north of Lochgilphead.",
          "direct", "she", "Catriona MacInnes-Black", speaker_at="she said"),
        Q("'I will be their voice in Kilmory, and I will not be shy about it.'", "direct", "she",
          "Catriona MacInnes-Black", speaker_at="she said"),
        Q("'disappointed but not downhearted'", "partial", "MacCallum", "Duncan MacCallum",
          speaker_at="Mr MacCallum said"),
        Q("'We increased our first-preference vote and came within a whisker. The SNP will be back,'", "direct", "he",
          "Duncan MacCallum", speaker_at="he told The Oban Times"),
        Q("the result was a message to all the parties that voters wanted local people, not party machines, running "
          "the council", "indirect", "Alasdair Grant-Stewart", "Alasdair Grant-Stewart"),
        Q("'There is a lot of hard work ahead on the budget and I look forward to working with her,'", "direct", "he",
          "Niall McGilp", speaker_at="he said in a statement"),
    ], source="blind"),
    Case("blind68-pti-diphtheria", """Kerala sounds alert in Malappuram after boy dies of diphtheria

Malappuram (Kerala), Jul 9 (PTI) The Kerala health department on Tuesday sounded an alert in Malappuram district after a 14-year-old boy died of diphtheria and five more children tested positive for the disease, officials said.

The boy, a Class 9 student from Kondotty, died at the Government Medical College Hospital in Kozhikode on Monday night, a senior health official said.

None of the six children had been fully vaccinated, according to District Medical Officer Dr K Sakeena.

"Vaccine hesitancy among a section of parents remains a serious concern in the district. Our teams are going house to house to identify unvaccinated children and convince families," Sakeena told PTI.

She said a special immunisation drive would be launched from Thursday in 12 panchayats and schools had been asked to report any student with fever and sore throat.

State Health Minister M K Raveendran, who chaired an emergency meeting in Thiruvananthapuram, said there was "no need for panic" but urged parents not to ignore the symptoms.

"Diphtheria is completely preventable. The vaccine is free and available at every primary health centre," the minister said in a statement.

Kerala recorded 31 diphtheria cases and three deaths last year, according to the state health department.

Dr Mohammed Shafi Thangal, head of paediatrics at the Kozhikode Medical College, said most of the children admitted with the disease in recent years had come in late, after the characteristic grey membrane had already formed in the throat.

"By then we are fighting against the toxin, not just the bacteria. Early treatment with antitoxin saves lives," he said.

An official of the district administration said the boy's family had refused vaccination on religious grounds, a claim the family denied.

"We have lost our child. We do not want to talk about anything else now," the boy's uncle told reporters at Kondotty.

The Indian Academy of Paediatrics (IAP) Kerala chapter has offered to deploy volunteer doctors for the vaccination drive, its state president Dr Leela Varghese-Kurian said. PTI RKM SS""", [
        Q("The Kerala health department on Tuesday sounded an alert in Malappuram district after a 14-year-old boy "
          "died of diphtheria and five more children tested positive for the disease", "indirect", "officials", None),
        Q("The boy, a Class 9 student from Kondotty, died at the Government Medical College Hospital in Kozhikode on "
          "Monday night", "indirect", "a senior health official", None),
        Q("None of the six children had been fully vaccinated", "indirect", "K Sakeena", "K Sakeena"),
        Q('"Vaccine hesitancy among a section of parents remains a serious concern in the district. Our teams are '
          'going house to house to identify unvaccinated children and convince families,"', "direct", "Sakeena",
          "K Sakeena", speaker_at="Sakeena told PTI"),
        Q("a special immunisation drive would be launched from Thursday in 12 panchayats and schools had been asked "
          "to report any student with fever and sore throat", "indirect", "She", "K Sakeena", speaker_at="She said"),
        Q('"no need for panic"', "partial", "M K Raveendran", "M K Raveendran"),
        Q('"Diphtheria is completely preventable. The vaccine is free and available at every primary health centre,"',
          "direct", "the minister", "M K Raveendran"),
        Q("Kerala recorded 31 diphtheria cases and three deaths last year", "indirect", "the state health department",
          None),
        Q("most of the children admitted with the disease in recent years had come in late, after the characteristic "
          "grey membrane had already formed in the throat", "indirect", "Mohammed Shafi Thangal",
          "Mohammed Shafi Thangal"),
        Q('"By then we are fighting against the toxin, not just the bacteria. Early treatment with antitoxin saves '
          'lives,"', "direct", "he", "Mohammed Shafi Thangal", speaker_at="he said"),
        Q("the boy's family had refused vaccination on religious grounds", "indirect",
          "An official of the district administration", None),
        Q('"We have lost our child. We do not want to talk about anything else now,"', "direct", "the boy's uncle",
          None),
        Q("The Indian Academy of Paediatrics (IAP) Kerala chapter has offered to deploy volunteer doctors for the "
          "vaccination drive", "indirect", "Leela Varghese-Kurian", "Leela Varghese-Kurian"),
    ], source="blind"),
    Case("blind68-timaru-fmd", """Foot-and-mouth scare: Pleasant Point farm cleared, but farmers told to stay alert

A Pleasant Point dairy farm placed under movement restrictions over suspected foot-and-mouth disease has been given the all-clear, but biosecurity officials say the scare should be a wake-up call for South Canterbury farmers.

The Ministry for Primary Industries (MPI) confirmed on Sunday that laboratory tests on samples from three cows showing blisters and lameness had come back negative for the virus.

The farm, on Totara Valley Rd, had been under a restricted place notice since Thursday afternoon, when a vet reported the symptoms to MPI’s exotic pest and disease hotline.

MPI deputy director-general of biosecurity Dr Catherine Whaanga said the cows were most likely suffering from a bacterial infection picked up in wet conditions.

“We want to be really clear: New Zealand remains free of foot-and-mouth disease, and there is no risk to our exports,” Whaanga said.

“But this is exactly how the system is supposed to work. A vet saw something unusual, picked up the phone, and within hours we had a team on the farm.”

An outbreak would cost the economy an estimated $16 billion over four years, according to an analysis commissioned by the ministry in 2022.

The farm’s owner, Hendrik van der Merwe, who milks 640 cows, said the past four days had been “the longest of my life”.

“You hear ‘foot-and-mouth’ and your stomach drops. You think of those pictures from Britain in 2001, the burning pyres. I didn’t sleep,” Mr van der Merwe told The Timaru Herald.

He praised MPI staff and his vet, Dr Aroha Te Rangi of Geraldine Vets, for moving quickly.

Te Rangi said she had not hesitated to call the hotline even though she thought foot-and-mouth was unlikely. “If you’re not sure, you ring. I’d rather be embarrassed than be the vet who missed it.”

Federated Farmers South Canterbury president Hamish Pryde-Walker said the scare was a reminder to keep on-farm biosecurity tight, including records of visitors and stock movements.

“Nobody likes the paperwork, but NAIT records and visitor logs are what will let MPI trace an outbreak quickly if the real thing ever arrives,” he said.

Outbreaks of the disease were confirmed in Hungary and Slovakia earlier this year, and travellers returning from affected countries should declare any contact with farm animals, MPI said.""", [
        Q("the scare should be a wake-up call for South Canterbury farmers", "indirect", "biosecurity officials", None),
        Q("laboratory tests on samples from three cows showing blisters and lameness had come back negative for the "
          "virus", "indirect", "The Ministry for Primary Industries", "Ministry for Primary Industries"),
        Q("the cows were most likely suffering from a bacterial infection picked up in wet conditions", "indirect",
          "Catherine Whaanga", "Catherine Whaanga"),
        Q("“We want to be really clear: New Zealand remains free of foot-and-mouth disease, and there is no risk to "
          "our exports,”", "direct", "Whaanga", "Catherine Whaanga", speaker_at="exports,” Whaanga said"),
        Q("“But this is exactly how the system is supposed to work. A vet saw something unusual, picked up the phone, "
          "and within hours we had a team on the farm.”", "direct", "Whaanga", "Catherine Whaanga",
          speaker_at="exports,” Whaanga said"),
        Q("An outbreak would cost the economy an estimated $16 billion over four years", "indirect",
          "an analysis commissioned by the ministry in 2022", None),
        Q("“the longest of my life”", "partial", "Hendrik van der Merwe", "Hendrik van der Merwe"),
        Q("“You hear ‘foot-and-mouth’ and your stomach drops. You think of those pictures from Britain in 2001, the "
          "burning pyres. I didn’t sleep,”", "direct", "van der Merwe", "Hendrik van der Merwe",
          speaker_at="van der Merwe told"),
        Q("she had not hesitated to call the hotline even though she thought foot-and-mouth was unlikely", "indirect",
          "Te Rangi", "Aroha Te Rangi", speaker_at="Te Rangi said"),
        Q("“If you’re not sure, you ring. I’d rather be embarrassed than be the vet who missed it.”", "direct",
          "Te Rangi", "Aroha Te Rangi", speaker_at="Te Rangi said"),
        Q("the scare was a reminder to keep on-farm biosecurity tight, including records of visitors and stock "
          "movements", "indirect", "Hamish Pryde-Walker", "Hamish Pryde-Walker"),
        Q("“Nobody likes the paperwork, but NAIT records and visitor logs are what will let MPI trace an outbreak "
          "quickly if the real thing ever arrives,”", "direct", "he", "Hamish Pryde-Walker", speaker_at="he said"),
        Q("Outbreaks of the disease were confirmed in Hungary and Slovakia earlier this year, and travellers returning "
          "from affected countries should declare any contact with farm animals", "indirect", "MPI",
          "Ministry for Primary Industries", speaker_at="MPI said"),
    ], source="blind"),
    Case("blind68-newsday-doctors", """Junior doctors down tools as pay talks collapse

JUNIOR doctors at Parirenyatwa, Harare Central and Mpilo Central hospitals yesterday downed tools demanding salaries in United States dollars, leaving hundreds of patients stranded in queues.

The Zimbabwe Hospital Doctors Association (ZHDA) said the job action was “indefinite” and would only end when government tabled what it called “a living wage”.

ZHDA president Dr Rutendo Makoni-Sibanda told NewsDay that junior doctors were earning the equivalent of about US$180 a month, paid mostly in Zimbabwe Gold (ZiG).

“A junior doctor now earns less than a kombi driver. We cannot be expected to save lives on empty stomachs,” Makoni-Sibanda said.

“We gave government 14 days’ notice as required by law. Nobody from the ministry came to the table, not once.

“We are not doing this to punish patients,” she added, “we are doing this because the system is collapsing around us and nobody is listening.”

Health and Child Care ministry permanent secretary Dr Farai Gumbo said the strike was illegal because the doctors had not followed the procedures set out in the Labour Act.

He said government had already offered a 40% cost-of-living adjustment and a US$75 monthly allowance from next month.

“The offer on the table is the best the fiscus can afford at the moment. We urge our doctors to return to work while negotiations continue,” Gumbo said.

At Parirenyatwa, dozens of patients were seen sitting on benches outside the casualty department by mid-morning.

“I came at 5am with my son, who has a high fever. They told us there is no doctor today and we should go to a private clinic. Where will I get US$50?” said Chipo Mutasa (34) from Mbare.

A senior nurse, who declined to be named for fear of victimisation, said nurses were “holding the fort”. She said they could not, however, perform surgery or prescribe certain drugs.

Zimbabwe Medical Association secretary-general Dr Sipho Khumalo-Ndlovu urged both parties to return to dialogue, warning that the standoff would “cost lives if it drags on”.

Senior doctors and consultants were not part of the strike, according to the association.

In 2022, a similar strike by junior doctors lasted more than six weeks before government agreed to a review of allowances.""", [
        Q("“indefinite”", "partial", "The Zimbabwe Hospital Doctors Association (ZHDA)",
          "Zimbabwe Hospital Doctors Association"),
        Q("“a living wage”", "partial", "it", "Zimbabwe Hospital Doctors Association", speaker_at="what it called"),
        Q("junior doctors were earning the equivalent of about US$180 a month, paid mostly in Zimbabwe Gold (ZiG)",
          "indirect", "Rutendo Makoni-Sibanda", "Rutendo Makoni-Sibanda"),
        Q("“A junior doctor now earns less than a kombi driver. We cannot be expected to save lives on empty "
          "stomachs,”", "direct", "Makoni-Sibanda", "Rutendo Makoni-Sibanda", speaker_at="Makoni-Sibanda said"),
        Q("“We gave government 14 days’ notice as required by law. Nobody from the ministry came to the table, not "
          "once.", "direct", "Makoni-Sibanda", "Rutendo Makoni-Sibanda", speaker_at="Makoni-Sibanda said"),
        Q("“We are not doing this to punish patients,”", "direct", "she", "Rutendo Makoni-Sibanda",
          speaker_at="she added"),
        Q("“we are doing this because the system is collapsing around us and nobody is listening.”", "direct", "she",
          "Rutendo Makoni-Sibanda", speaker_at="she added"),
        Q("the strike was illegal because the doctors had not followed the procedures set out in the Labour Act",
          "indirect", "Farai Gumbo", "Farai Gumbo"),
        Q("government had already offered a 40% cost-of-living adjustment and a US$75 monthly allowance from next "
          "month", "indirect", "He", "Farai Gumbo", speaker_at="He said"),
        Q("“The offer on the table is the best the fiscus can afford at the moment. We urge our doctors to return to "
          "work while negotiations continue,”", "direct", "Gumbo", "Farai Gumbo", speaker_at="continue,” Gumbo said"),
        Q("“I came at 5am with my son, who has a high fever. They told us there is no doctor today and we should go "
          "to a private clinic. Where will I get US$50?”", "direct", "Chipo Mutasa", "Chipo Mutasa"),
        Q("“holding the fort”", "partial", "A senior nurse", None),
        Q("they could not, however, perform surgery or prescribe certain drugs", "indirect", "She", None,
          speaker_at="She said they"),
        Q("“cost lives if it drags on”", "partial", "Sipho Khumalo-Ndlovu", "Sipho Khumalo-Ndlovu"),
        Q("Senior doctors and consultants were not part of the strike", "indirect", "the association",
          "Zimbabwe Medical Association"),
    ], source="blind"),
    Case("blind68-tribune-train", """Nine killed as Karachi-bound train derails near Nawabshah

NAWABSHAH: At least nine people were killed and more than 60 injured when eight coaches of the Karachi-bound Sindh Valley Express derailed near Sarhari railway station on Sunday afternoon, officials said.

The dead included two women and a six-year-old boy, according to Rescue 1122 district emergency officer Dr Shahnaz Baloch.

"Most of the injured have fractures and head injuries. Twelve of them are in critical condition and have been shifted to the Peoples Medical College Hospital," Baloch told The Express Tribune.

Federal Minister for Railways Khawaja Muhammad Iqbal Lashari, who reached the site late in the evening, said a fishplate had been found missing from the track and the possibility of sabotage could not be ruled out.

"We will not jump to conclusions. A committee headed by the federal government inspector of railways will submit its report within 72 hours," the minister told reporters.

However, a senior railway official, requesting anonymity, said the track on the Rohri-Kotri section had been due for replacement since 2019.

"The speed restriction here is 40 kilometres per hour, but drivers are under pressure to make up lost time. Everyone in the department knows the condition of this track," the official said.

Syed Ali Raza Shah, who was travelling with his wife and three children from Rawalpindi, said the train was "going too fast" moments before the crash.

"There was a loud bang and then the coach tilted to one side. People were screaming, and luggage fell on everyone," he said from his hospital bed. "My daughter was under the seat. I pulled her out with my own hands."

Local residents were the first to reach the site and pulled several passengers out of the overturned coaches before rescue teams arrived, witnesses said.

A Pakistan Railways spokesperson said in a statement that traffic on the main line would be restored by Monday morning, and that four trains had been diverted via the Tando Adam loop in the meantime.

The provincial government directed all hospitals in Shaheed Benazirabad district to declare an emergency.

The accident comes barely a month after Pakistan Railways launched its "Safe Track, Safe Journey" campaign to upgrade signalling and replace ageing rails on the Karachi-Peshawar main line.""", [
        Q("At least nine people were killed and more than 60 injured when eight coaches of the Karachi-bound Sindh "
          "Valley Express derailed near Sarhari railway station on Sunday afternoon", "indirect", "officials", None),
        Q("The dead included two women and a six-year-old boy", "indirect", "Shahnaz Baloch", "Shahnaz Baloch"),
        Q('"Most of the injured have fractures and head injuries. Twelve of them are in critical condition and have '
          'been shifted to the Peoples Medical College Hospital,"', "direct", "Baloch", "Shahnaz Baloch",
          speaker_at="Baloch told"),
        Q("a fishplate had been found missing from the track and the possibility of sabotage could not be ruled out",
          "indirect", "Khawaja Muhammad Iqbal Lashari", "Khawaja Muhammad Iqbal Lashari"),
        Q('"We will not jump to conclusions. A committee headed by the federal government inspector of railways '
          'will submit its report within 72 hours,"', "direct", "the minister", "Khawaja Muhammad Iqbal Lashari"),
        Q("the track on the Rohri-Kotri section had been due for replacement since 2019", "indirect",
          "a senior railway official", None),
        Q('"The speed restriction here is 40 kilometres per hour, but drivers are under pressure to make up lost '
          'time. Everyone in the department knows the condition of this track,"', "direct", "the official", None),
        Q('"going too fast"', "partial", "Syed Ali Raza Shah", "Syed Ali Raza Shah"),
        Q('"There was a loud bang and then the coach tilted to one side. People were screaming, and luggage fell on '
          'everyone,"', "direct", "he", "Syed Ali Raza Shah", speaker_at="he said from his hospital bed"),
        Q('"My daughter was under the seat. I pulled her out with my own hands."', "direct", "he",
          "Syed Ali Raza Shah", speaker_at="he said from his hospital bed"),
        Q("Local residents were the first to reach the site and pulled several passengers out of the overturned "
          "coaches before rescue teams arrived", "indirect", "witnesses", None),
        Q("traffic on the main line would be restored by Monday morning, and that four trains had been diverted via "
          "the Tando Adam loop in the meantime", "indirect", "A Pakistan Railways spokesperson", None),
    ], source="blind"),
    Case("blind68-nie-conductors", """BMTC conductors' strike leaves lakhs of commuters stranded

BENGALURU: Lakhs of commuters were left stranded on Monday as over 9,000 conductors of the Bangalore Metropolitan Transport Corporation (BMTC) struck work, demanding pay parity with state government employees and the withdrawal of the "conductor-less" bus pilot on four routes.

Only 1,240 of the corporation's 5,600 scheduled buses operated till 2 pm, according to BMTC officials.

The strike was called by the BMTC Conductors' and Drivers' Union, which is affiliated to CITU. Union general secretary B R Shivalingaiah said the management had "ignored" three rounds of representations since January.

"The conductor is the first person who faces the public. We are abused, we are assaulted, and now they want to replace us with a machine. We will not allow it," Shivalingaiah told TNIE at the Shantinagar depot.

He said the strike would continue until the Transport Minister gave a written assurance on both demands.

Lakshmamma, who has worked as a conductor on the Kengeri route for 19 years, said she takes home Rs 28,500 a month. "My son's college fees alone are Rs 60,000 a year. How do we survive in this city?" she asked.

BMTC Managing Director Shilpa Deshpande said the pilot, in which passengers buy tickets through a QR code before boarding, was only an experiment on four low-ridership routes.

"No conductor will lose his or her job because of it. The demand on pay parity is a policy matter for the government, and we have forwarded it," she said.

Transport Minister H N Manjegowda told reporters at the Vidhana Soudha that he had invited union leaders for talks on Tuesday morning. Calling off the strike would be "in the interest of the lakhs of students and workers who depend on our buses", he said.

At Majestic bus station, commuters complained that autorickshaw drivers were charging double the normal fare.

"It took me two and a half hours to reach my office in Whitefield. The metro was so crowded that I let three trains pass," said Priyanka Subramaniam, a software engineer.

The Bangalore Metro Rail Corporation Limited (BMRCL) said ridership had crossed 9.8 lakh by 6 pm, among the highest ever recorded on a weekday.

Police said the strike had been largely peaceful, though stones were thrown at two private buses near Yeshwantpur in the morning.""", [
        Q("Only 1,240 of the corporation's 5,600 scheduled buses operated till 2 pm", "indirect", "BMTC officials",
          None),
        Q('"ignored"', "partial", "B R Shivalingaiah", "B R Shivalingaiah"),
        Q('"The conductor is the first person who faces the public. We are abused, we are assaulted, and now they '
          'want to replace us with a machine. We will not allow it,"', "direct", "Shivalingaiah",
          "B R Shivalingaiah", speaker_at="Shivalingaiah told"),
        Q("the strike would continue until the Transport Minister gave a written assurance on both demands",
          "indirect", "He", "B R Shivalingaiah", speaker_at="He said"),
        Q("she takes home Rs 28,500 a month", "indirect", "Lakshmamma", "Lakshmamma"),
        Q('"My son\'s college fees alone are Rs 60,000 a year. How do we survive in this city?"', "direct", "she",
          "Lakshmamma", speaker_at="she asked"),
        Q("the pilot, in which passengers buy tickets through a QR code before boarding, was only an experiment on "
          "four low-ridership routes", "indirect", "Shilpa Deshpande", "Shilpa Deshpande"),
        Q('"No conductor will lose his or her job because of it. The demand on pay parity is a policy matter for the '
          'government, and we have forwarded it,"', "direct", "she", "Shilpa Deshpande",
          speaker_at="forwarded it,\" she said"),
        Q("he had invited union leaders for talks on Tuesday morning", "indirect", "H N Manjegowda", "H N Manjegowda"),
        Q('"in the interest of the lakhs of students and workers who depend on our buses"', "partial", "he",
          "H N Manjegowda", speaker_at="he said."),
        Q("autorickshaw drivers were charging double the normal fare", "indirect", "commuters", None,
          speaker_at="commuters complained"),
        Q('"It took me two and a half hours to reach my office in Whitefield. The metro was so crowded that I let '
          'three trains pass,"', "direct", "Priyanka Subramaniam", "Priyanka Subramaniam"),
        Q("ridership had crossed 9.8 lakh by 6 pm, among the highest ever recorded on a weekday", "indirect",
          "The Bangalore Metro Rail Corporation Limited (BMRCL)", "Bangalore Metro Rail Corporation Limited"),
        Q("the strike had been largely peaceful, though stones were thrown at two private buses near Yeshwantpur in "
          "the morning", "indirect", "Police", None),
    ], source="blind"),
    Case("blind68-hutch-grainbin", """Worker dies in grain bin at Reno County co-op elevator

PRETTY PRAIRIE - A 27-year-old worker died Tuesday after becoming engulfed in corn inside a grain bin at a cooperative elevator south of Pretty Prairie, the Reno County Sheriff's Office said.

The man was identified as Luis Ángel Domínguez Reyes, of Kingman.

Deputies and firefighters from Pretty Prairie, Cheney and Kingman were called to the Prairie Plains Cooperative elevator at 2:40 p.m., Sheriff Marcus Teichgraeber said.

Domínguez Reyes had entered the bin to break up crusted grain when the corn gave way beneath him, according to Teichgraeber. A co-worker outside the bin called 911.

"Rescuers worked for close to four hours to cut into the side of the bin and get the grain out. By the time they reached him, there was nothing they could do," the sheriff said.

"We train for this every year, and you pray you never have to use it," said Pretty Prairie Fire Chief Jolene Wedel, whose department brought a grain rescue tube to the scene.

Prairie Plains general manager Bev Schrag said in a written statement that the cooperative was cooperating fully with investigators.

"Luis was a hard worker and a friend to everyone here. We are heartbroken, and our thoughts are with his wife and his two little girls," Schrag wrote.

The federal Occupational Safety and Health Administration has opened an investigation, a U.S. Department of Labor spokesperson confirmed Wednesday. The agency has up to six months to complete its inquiry and issue any citations.

At least 42 people were trapped in grain nationwide in 2023, and 15 of them died, according to researchers at Purdue University, who track agricultural confined-space incidents.

State Sen. Dale Vanderhoof, R-Hutchinson, whose district includes Pretty Prairie, said he knew the family through church.

"This is a tight-knit community, and everybody is hurting tonight," Vanderhoof said.

He said he would ask the Senate Agriculture Committee next session to consider grants to help rural fire departments buy rescue tubes and train volunteers in grain entrapment.

Domínguez Reyes moved to Kansas from Guanajuato, Mexico, as a teenager and had worked at the elevator for three years, said his cousin, Miguel Ángel Reyes, who described him as "the one who always stayed late."

Funeral arrangements are pending with Ediger-Kaufman Funeral Home in Kingman.""", [
        Q("A 27-year-old worker died Tuesday after becoming engulfed in corn inside a grain bin at a cooperative "
          "elevator south of Pretty Prairie", "indirect", "the Reno County Sheriff's Office",
          "Reno County Sheriff's Office"),
        Q("Deputies and firefighters from Pretty Prairie, Cheney and Kingman were called to the Prairie Plains "
          "Cooperative elevator at 2:40 p.m.", "indirect", "Marcus Teichgraeber", "Marcus Teichgraeber"),
        Q("Domínguez Reyes had entered the bin to break up crusted grain when the corn gave way beneath him",
          "indirect", "Teichgraeber", "Marcus Teichgraeber", speaker_at="according to Teichgraeber"),
        Q('"Rescuers worked for close to four hours to cut into the side of the bin and get the grain out. By the '
          'time they reached him, there was nothing they could do,"', "direct", "the sheriff", "Marcus Teichgraeber"),
        Q('"We train for this every year, and you pray you never have to use it,"', "direct", "Jolene Wedel",
          "Jolene Wedel"),
        Q("the cooperative was cooperating fully with investigators", "indirect", "Bev Schrag", "Bev Schrag"),
        Q('"Luis was a hard worker and a friend to everyone here. We are heartbroken, and our thoughts are with his '
          'wife and his two little girls,"', "direct", "Schrag", "Bev Schrag", speaker_at="Schrag wrote"),
        Q("The federal Occupational Safety and Health Administration has opened an investigation", "indirect",
          "a U.S. Department of Labor spokesperson", None),
        Q("At least 42 people were trapped in grain nationwide in 2023, and 15 of them died", "indirect",
          "researchers at Purdue University", None),
        Q("he knew the family through church", "indirect", "Dale Vanderhoof", "Dale Vanderhoof"),
        Q('"This is a tight-knit community, and everybody is hurting tonight,"', "direct", "Vanderhoof",
          "Dale Vanderhoof", speaker_at="Vanderhoof said"),
        Q("he would ask the Senate Agriculture Committee next session to consider grants to help rural fire "
          "departments buy rescue tubes and train volunteers in grain entrapment", "indirect", "He",
          "Dale Vanderhoof", speaker_at="He said"),
        Q("Domínguez Reyes moved to Kansas from Guanajuato, Mexico, as a teenager and had worked at the elevator for "
          "three years", "indirect", "Miguel Ángel Reyes", "Miguel Ángel Reyes"),
        Q('"the one who always stayed late."', "partial", "Miguel Ángel Reyes", "Miguel Ángel Reyes"),
    ], source="blind"),
    Case("blind68-mjth-hail", """Golf ball-sized hail shreds crops, smashes windows across Moose Jaw area

Residents of Moose Jaw spent Thursday sweeping up broken glass and shredded leaves after a fast-moving storm dropped hail the size of golf balls on the city and surrounding rural municipalities Wednesday evening.

Environment and Climate Change Canada (ECCC) meteorologist Brent Kowalchuk said the storm developed quickly south of Chaplin around 5 p.m. and tracked east along the Trans-Canada Highway.

"This was a classic supercell. We had a severe thunderstorm warning out about 40 minutes before the hail hit the city, but these things can intensify very quickly," Kowalchuk said.

Hailstones up to five centimetres across were reported in the city's south end and near Pasqua, according to ECCC.

Gerrit van Bruggen, who grows canola, lentils and durum on 4,200 acres northwest of Pasqua, said about two-thirds of his crop was "gone."

"The canola was just starting to bolt. Now it looks like somebody went over it with a weed whacker," he said. "You can't do anything about it. You call the adjuster and you wait."

Van Bruggen said he had hail insurance on most of his acres, but not all of them.

The Saskatchewan Crop Insurance Corporation said it had received more than 300 hail claims from the Moose Jaw area by Thursday afternoon and expected that number to climb.

In the city, the storm broke windows at homes, vehicles and several churches.

"We lost six of the stained glass windows on the west side, some of them more than a hundred years old," said Rev. Alana Thiessen of St. Andrew's United Church. "Our congregation is heartsick, but nobody was hurt, and that's what matters."

Saskatchewan Government Insurance (SGI) spokesperson Kelly Dufresne-Ng said the auto insurer had received more than 1,100 damage claims by noon Thursday. She asked drivers to book appointments online rather than lining up at the claims centre on Main Street North.

Mayor Dawn Lukasiewicz said city crews had worked through the night to clear storm drains clogged with hail and leaves. The city has not yet put a dollar figure on the damage to municipal buildings, she said.

Several residents on Hochelaga Street West told the Times-Herald they had never seen hail that size in the city.

"It sounded like someone was throwing rocks at the house for ten minutes straight," said Bill Okafor-Lindgren, who has lived on the street since 1987.

More thunderstorms are possible Friday, according to the weather agency, though they are not expected to be as severe.""", [
        Q("the storm developed quickly south of Chaplin around 5 p.m. and tracked east along the Trans-Canada Highway",
          "indirect", "Brent Kowalchuk", "Brent Kowalchuk"),
        Q('"This was a classic supercell. We had a severe thunderstorm warning out about 40 minutes before the hail '
          'hit the city, but these things can intensify very quickly,"', "direct", "Kowalchuk", "Brent Kowalchuk",
          speaker_at="quickly,\" Kowalchuk said"),
        Q("Hailstones up to five centimetres across were reported in the city's south end and near Pasqua",
          "indirect", "ECCC", "Environment and Climate Change Canada", speaker_at="according to ECCC"),
        Q('"gone."', "partial", "Gerrit van Bruggen", "Gerrit van Bruggen"),
        Q('"The canola was just starting to bolt. Now it looks like somebody went over it with a weed whacker,"',
          "direct", "he", "Gerrit van Bruggen", speaker_at="whacker,\" he said"),
        Q('"You can\'t do anything about it. You call the adjuster and you wait."', "direct", "he",
          "Gerrit van Bruggen", speaker_at="whacker,\" he said"),
        Q("he had hail insurance on most of his acres, but not all of them", "indirect", "Van Bruggen",
          "Gerrit van Bruggen"),
        Q("it had received more than 300 hail claims from the Moose Jaw area by Thursday afternoon and expected that "
          "number to climb", "indirect", "The Saskatchewan Crop Insurance Corporation",
          "Saskatchewan Crop Insurance Corporation"),
        Q('"We lost six of the stained glass windows on the west side, some of them more than a hundred years old,"',
          "direct", "Alana Thiessen", "Alana Thiessen"),
        Q('"Our congregation is heartsick, but nobody was hurt, and that\'s what matters."', "direct",
          "Alana Thiessen", "Alana Thiessen"),
        Q("the auto insurer had received more than 1,100 damage claims by noon Thursday", "indirect",
          "Kelly Dufresne-Ng", "Kelly Dufresne-Ng"),
        Q("city crews had worked through the night to clear storm drains clogged with hail and leaves", "indirect",
          "Dawn Lukasiewicz", "Dawn Lukasiewicz"),
        Q("The city has not yet put a dollar figure on the damage to municipal buildings", "indirect", "she",
          "Dawn Lukasiewicz", speaker_at="buildings, she said"),
        Q("they had never seen hail that size in the city", "indirect", "Several residents on Hochelaga Street West",
          None),
        Q('"It sounded like someone was throwing rocks at the house for ten minutes straight,"', "direct",
          "Bill Okafor-Lindgren", "Bill Okafor-Lindgren"),
        Q("More thunderstorms are possible Friday", "indirect", "the weather agency",
          "Environment and Climate Change Canada"),
    ], source="blind"),
    Case("blind68-donegal-hurling", """Mac Giolla Bhríde goal sends Donegal hurlers into Christy Ring final

DONEGAL booked their place in the Christy Ring Cup final with a battling 1-19 to 0-18 win over Kildare at O'Donnell Park in Letterkenny on Saturday.

A 58th-minute goal from corner-forward Seán Mac Giolla Bhríde proved decisive, after Kildare had drawn level for the fourth time with a long-range free from their goalkeeper.

Donegal, who trailed by three points at half-time, finished strongly, with midfielder Conor Ó Dochartaigh landing three points from play in the final ten minutes.

Manager Ciarán Ó Gallchóir was full of praise for his players' character.

'I'm so proud of them. Kildare came here with a big reputation and we matched them in every position,' Ó Gallchóir said.

'People talk about hurling in Donegal like it's some sort of novelty. These lads train four nights a week, some of them travel a hundred miles to get to training, and today they showed what they're about.'

Mac Giolla Bhríde, who finished with 1-4, laughed when asked about the goal, which he described as 'a bit of a mis-hit'.

'I was trying to put it over the bar, to be honest. I'll take it, though,' the Setanta clubman told the Donegal News.

Kildare manager Tomás de Búrca admitted his side had been second best for long spells.

'We didn't turn up in the first half and you can't do that in a semi-final,' de Búrca said. 'Fair play to Donegal, they wanted it more.'

There was a worry for the home side, however, as captain Ronan McDermott limped off with a hamstring injury midway through the second half.

The Donegal manager said McDermott would undergo a scan on Monday, and that the squad had 'enough cover' if he was ruled out.

'Ronan is the heartbeat of this team, so we'll be keeping everything crossed,' he added.

Donegal will face Meath in the final at Croke Park on June 8, a repeat of the 2023 decider, which the Royals won by two points.

Donegal: E McGee; J Ó Baoill, R McDermott (capt), D Gallagher; S Bonner, C Mac Aoidh, P Doherty; C Ó Dochartaigh (0-3), L Mac Suibhne; G Kelly (0-2), J Boyle (0-9, 7f), R Gallagher; S Mac Giolla Bhríde (1-4), D Cullen, M Lafferty (0-1).""", [
        Q("'I'm so proud of them. Kildare came here with a big reputation and we matched them in every position,'",
          "direct", "Ó Gallchóir", "Ciarán Ó Gallchóir", speaker_at="Ó Gallchóir said"),
        Q("'People talk about hurling in Donegal like it's some sort of novelty. These lads train four nights a week, "
          "some of them travel a hundred miles to get to training, and today they showed what they're about.'",
          "direct", "Ó Gallchóir", "Ciarán Ó Gallchóir", speaker_at="Ó Gallchóir said"),
        Q("'a bit of a mis-hit'", "partial", "he", "Seán Mac Giolla Bhríde", speaker_at="he described"),
        Q("'I was trying to put it over the bar, to be honest. I'll take it, though,'", "direct",
          "the Setanta clubman", "Seán Mac Giolla Bhríde"),
        Q("his side had been second best for long spells", "indirect", "Tomás de Búrca", "Tomás de Búrca"),
        Q("'We didn't turn up in the first half and you can't do that in a semi-final,'", "direct", "de Búrca",
          "Tomás de Búrca", speaker_at="de Búrca said"),
        Q("'Fair play to Donegal, they wanted it more.'", "direct", "de Búrca", "Tomás de Búrca",
          speaker_at="de Búrca said"),
        Q("McDermott would undergo a scan on Monday", "indirect", "The Donegal manager", "Ciarán Ó Gallchóir"),
        Q("'enough cover'", "partial", "The Donegal manager", "Ciarán Ó Gallchóir"),
        Q("'Ronan is the heartbeat of this team, so we'll be keeping everything crossed,'", "direct", "he",
          "Ciarán Ó Gallchóir", speaker_at="he added"),
    ], source="blind"),
    Case("blind68-bna-museum", """Muharraq pearling museum reopens after three-year restoration

Manama, March 3 (BNA): Shaikha Noora bint Khalifa Al Khalifa, President of the Bahrain Authority for Culture and Antiquities (BACA), today inaugurated the restored Bait Al Ghous Pearling Museum in Muharraq, which reopens to the public tomorrow after a three-year restoration programme.

The museum, housed in a 19th-century merchant’s house on the Pearling Path, a UNESCO World Heritage Site, tells the story of the divers, boat captains and merchants who made Bahrain the centre of the Gulf pearl trade for centuries.

Shaikha Noora affirmed that the project reflects the Kingdom’s commitment to preserving its national heritage and presenting it to future generations.

“Pearling is not only our history; it is the foundation of our identity as Bahrainis. Every stone in this house carries the memory of those who went to sea and those who waited for them on the shore,” she said.

Dr. Yousif Abdulrahman Al-Mannai, BACA Director of Museums, said the restoration had used traditional materials, including coral stone, gypsum and mangrove timber, and had been carried out largely by Bahraini craftsmen.

“We did not want a building that looks new. We wanted a building that tells the truth about its age,” he told BNA.

The new galleries display more than 400 objects, among them pearl weights, sieves and diving equipment, as well as a reconstructed majlis where merchants once negotiated prices, according to the authority.

Prof. Hélène de Saint-Aubin of the Université Paris 1 Panthéon-Sorbonne, who advised on the conservation of the building’s carved wooden doors, described the project as “a model for the region.”

“What is remarkable here is the partnership between the scientists and the master carpenters. Each learned from the other,” she said.

The inauguration was attended by a number of ministers, ambassadors and descendants of pearling families. Among them was Mr. Ebrahim Jassim Bu Hazza, whose grandfather worked as a nakhuda, or boat captain, from the house’s courtyard.

“My grandfather used to say that the sea gives and the sea takes. Today, it feels like it has given something back,” Bu Hazza said.

The museum will be open daily from 9 am to 7 pm except Mondays, with free entry for Bahraini citizens and residents during March, the authority said.""", [
        Q("the project reflects the Kingdom’s commitment to preserving its national heritage and presenting it to "
          "future generations", "indirect", "Shaikha Noora", "Noora bint Khalifa Al Khalifa",
          speaker_at="Shaikha Noora affirmed"),
        Q("“Pearling is not only our history; it is the foundation of our identity as Bahrainis. Every stone in this "
          "house carries the memory of those who went to sea and those who waited for them on the shore,”", "direct",
          "she", "Noora bint Khalifa Al Khalifa", speaker_at="shore,” she said"),
        Q("the restoration had used traditional materials, including coral stone, gypsum and mangrove timber, and had "
          "been carried out largely by Bahraini craftsmen", "indirect", "Yousif Abdulrahman Al-Mannai",
          "Yousif Abdulrahman Al-Mannai"),
        Q("“We did not want a building that looks new. We wanted a building that tells the truth about its age,”",
          "direct", "he", "Yousif Abdulrahman Al-Mannai", speaker_at="he told BNA"),
        Q("The new galleries display more than 400 objects, among them pearl weights, sieves and diving equipment, as "
          "well as a reconstructed majlis where merchants once negotiated prices", "indirect", "the authority",
          "Bahrain Authority for Culture and Antiquities", speaker_at="according to the authority"),
        Q("“a model for the region.”", "partial", "Hélène de Saint-Aubin", "Hélène de Saint-Aubin"),
        Q("“What is remarkable here is the partnership between the scientists and the master carpenters. Each learned "
          "from the other,”", "direct", "she", "Hélène de Saint-Aubin", speaker_at="other,” she said"),
        Q("“My grandfather used to say that the sea gives and the sea takes. Today, it feels like it has given "
          "something back,”", "direct", "Bu Hazza", "Ebrahim Jassim Bu Hazza", speaker_at="Bu Hazza said"),
        Q("The museum will be open daily from 9 am to 7 pm except Mondays, with free entry for Bahraini citizens and "
          "residents during March", "indirect", "the authority", "Bahrain Authority for Culture and Antiquities",
          speaker_at="the authority said"),
    ], source="blind"),
    Case("blind68-independent-unionist", """Okello-Lutwa, veteran railway unionist, dies at 78

Kampala, Uganda | THE INDEPENDENT | Veteran trade unionist Francis Okello-Lutwa, who led the Uganda Railway Workers’ Union for nearly three decades, has died. He was 78.

Okello-Lutwa died on Tuesday at Mulago National Referral Hospital after a short illness, his family said in a statement.

Born in 1946 in Gulu, he joined the East African Railways and Harbours Corporation as an apprentice fitter in 1963 and rose through the workshops at Nalukolongo before being elected general secretary of the union in 1984.

In 1996, he led a 12-day strike over unpaid wages that brought rail traffic between Kampala and Malaba to a halt, a stoppage the then Uganda Railways Corporation managing director denounced as “economic sabotage”.

The National Organisation of Trade Unions (NOTU) described him as “a giant of the labour movement who never forgot where he came from.”

“When the railways were being privatised and everybody else had given up, Okello-Lutwa was still there at the table, fighting for the pensions of men who had worked for thirty years,” NOTU secretary general Sam Mugisha Tumwine said on Wednesday.

“He was stubborn, yes. But it was a beautiful stubbornness.”

Minister of State for Labour, Employment and Industrial Relations Hon. Rose Nakiwala-Ssali said in a condolence message that Okello-Lutwa had helped shape the Employment Act of 2006 and the Workers’ Compensation Act.

“Government has lost a tough but honest partner,” she said.

His widow, Grace Atim Okello, told The Independent that her husband had remained active until his final weeks, attending monthly meetings of retired railway workers in Nalukolongo.

“Even in hospital he was asking about the pension arrears. That was his life,” she said.

Former colleagues remember a man who walked to the workshops every morning long after he could afford a car. Bro. Yusuf Kizito Ssempala, who succeeded him at the union in 2012, said Okello-Lutwa refused to accept a salary higher than that of a senior fitter.

“He used to say a leader who eats more than his members will soon forget them,” Ssempala recalled.

A requiem mass will be held at Christ the King Church in Kampala on Friday, to be led by Rev. Fr. Joseph Ssekandi, before the body is taken to Gulu for burial on Saturday.

He is survived by his widow, seven children and 19 grandchildren.""", [
        Q("Okello-Lutwa died on Tuesday at Mulago National Referral Hospital after a short illness", "indirect",
          "his family", None),
        Q("“economic sabotage”", "partial", "the then Uganda Railways Corporation managing director", None),
        Q("“a giant of the labour movement who never forgot where he came from.”", "partial",
          "The National Organisation of Trade Unions (NOTU)", "National Organisation of Trade Unions"),
        Q("“When the railways were being privatised and everybody else had given up, Okello-Lutwa was still there at "
          "the table, fighting for the pensions of men who had worked for thirty years,”", "direct",
          "Sam Mugisha Tumwine", "Sam Mugisha Tumwine"),
        Q("“He was stubborn, yes. But it was a beautiful stubbornness.”", "direct", "Sam Mugisha Tumwine",
          "Sam Mugisha Tumwine"),
        Q("Okello-Lutwa had helped shape the Employment Act of 2006 and the Workers’ Compensation Act", "indirect",
          "Rose Nakiwala-Ssali", "Rose Nakiwala-Ssali"),
        Q("“Government has lost a tough but honest partner,”", "direct", "she", "Rose Nakiwala-Ssali",
          speaker_at="partner,” she said"),
        Q("her husband had remained active until his final weeks, attending monthly meetings of retired railway "
          "workers in Nalukolongo", "indirect", "Grace Atim Okello", "Grace Atim Okello"),
        Q("“Even in hospital he was asking about the pension arrears. That was his life,”", "direct", "she",
          "Grace Atim Okello", speaker_at="life,” she said"),
        Q("Okello-Lutwa refused to accept a salary higher than that of a senior fitter", "indirect",
          "Yusuf Kizito Ssempala", "Yusuf Kizito Ssempala"),
        Q("“He used to say a leader who eats more than his members will soon forget them,”", "direct", "Ssempala",
          "Yusuf Kizito Ssempala", speaker_at="Ssempala recalled"),
    ], source="blind"),
]
