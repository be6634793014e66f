"""Blind gold, set 11: sixteen news articles written without looking at the pretagger.

Wire copy (AFP, Reuters) and house styles from Britain, Ireland, Australia, New
Zealand, Canada, Kenya, Tanzania, Nigeria, South Africa, Saudi Arabia, Japan,
Indonesia, Bangladesh and a US local TV station; curly and straight double
quotes, straight and curly British single quotes. Titles, nicknames and scare
quotes in marks are deliberately left unannotated. See gold_format.py for the
case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind11-tour", """Van der Berg seizes yellow as crosswinds split Tour peloton

Saint-Flour (France) (AFP) - Dutch rider Thijs van der Berg took the overall lead of the Tour de France on Tuesday after crosswinds tore the peloton apart on the road to Saint-Flour, while defending champion Mateo de la Fuente lost more than a minute.

Van der Berg, 26, finished third on the stage behind Belgian sprinter Jordi Claeys-Martens, but the time he gained in the chaotic final 40 kilometres was enough to put him 14 seconds clear of Dane Rasmus Lykke Holm.

“I knew this morning that the wind would be our friend today,” van der Berg told AFP beyond the finish line. “We talked about it on the bus for an hour. When the team went to the front, I just had to hold the wheel.”

“It is a dream, but it is only Tuesday,” he added. “Paris is still very far away.”

De la Fuente, who won the race last year, was caught on the wrong side of a split with 38km to go and never made it back. The Spaniard said his team had been “sleeping at the worst moment” and that he took full responsibility for the lost time.

“We lost a minute, not the Tour,” his sports director Iñigo Etxeberria said in the team car park. “There are still 12 stages to race. Mateo is calm and so are we.”

Several riders complained that team cars had driven too close to the splintered groups on the narrow roads of the Aubrac plateau.

Race organiser ASO said the stage had been designed with the risk of echelons in mind and that the cars had followed the usual rules. According to race director Pascal Lemaître-Dubois, the wind was “exactly what we hoped for, and a bit more”.

Claeys-Martens, who took his second stage win of the race, described the finish as “the hardest sprint of my life, into a wall of wind”. The 24-year-old now has a comfortable lead in the points classification.

Wednesday’s 10th stage takes the riders 187km from Saint-Flour to Villeneuve-sur-Lot, a day expected to end in another bunch sprint.

bur/pb""", [
        Q("“I knew this morning that the wind would be our friend today,”", "direct", "van der Berg",
          "Thijs van der Berg", speaker_at="van der Berg told AFP"),
        Q("“We talked about it on the bus for an hour. When the team went to the front, I just had to hold the "
          "wheel.”", "direct", "van der Berg", "Thijs van der Berg", speaker_at="van der Berg told AFP"),
        Q("“It is a dream, but it is only Tuesday,”", "direct", "he", "Thijs van der Berg", speaker_at="he added"),
        Q("“Paris is still very far away.”", "direct", "he", "Thijs van der Berg", speaker_at="he added"),
        Q("“sleeping at the worst moment”", "partial", "The Spaniard", "Mateo de la Fuente"),
        Q("that he took full responsibility for the lost time", "indirect", "The Spaniard", "Mateo de la Fuente"),
        Q("“We lost a minute, not the Tour,”", "direct", "Iñigo Etxeberria", "Iñigo Etxeberria"),
        Q("“There are still 12 stages to race. Mateo is calm and so are we.”", "direct", "Iñigo Etxeberria",
          "Iñigo Etxeberria"),
        Q("that team cars had driven too close to the splintered groups on the narrow roads of the Aubrac plateau",
          "indirect", "Several riders", None),
        Q("the stage had been designed with the risk of echelons in mind and that the cars had followed the usual "
          "rules", "indirect", "ASO", "ASO"),
        Q("“exactly what we hoped for, and a bit more”", "partial", "Pascal Lemaître-Dubois",
          "Pascal Lemaître-Dubois"),
        Q("“the hardest sprint of my life, into a wall of wind”", "partial", "Claeys-Martens",
          "Jordi Claeys-Martens", speaker_at="Claeys-Martens, who took"),
    ], source="blind"),
    Case("blind11-merger", """Nordbank and Hanseatische Volksbank agree merger, 4,000 jobs to go

FRANKFURT, March 12 (Reuters) - German lenders Nordbank and Hanseatische Volksbank agreed on Tuesday to merge in a 6.2 billion euro ($6.8 billion) all-share deal that will create the country's fourth-largest bank and cut around 4,000 jobs, the two companies said.

The combined group, to be called Nordhanse, will be led by Nordbank Chief Executive Katrin Hoffmann-Ziegler, while Hanseatische's CEO Lars-Erik Brandt will become chairman of the supervisory board.

"This is a merger of strength, not of necessity," Hoffmann-Ziegler told analysts on a conference call. "Together we have the scale to invest in technology and to compete with the big players for the first time."

She said most of the job cuts would come from overlapping branches and head-office functions and would be made "as socially responsibly as possible", largely through early retirement and by not filling vacancies.

Brandt said the two banks' customer bases, in the north and the east of Germany, overlapped by less than a fifth.

Services union Verdi said it would fight any compulsory redundancies. "Once again employees are paying for the mistakes of management," Verdi board member Jan Osterloh-Kaya said in a statement.

Shares in Nordbank rose 4.1% by 1020 GMT, while Hanseatische's stock jumped 7.3%. Analysts at Jefferies said the deal made "strategic sense" but warned that combining two IT systems would be costly and slow.

"The history of German bank mergers is not a happy one," said Ingrid Vossberg, a portfolio manager at Union Investment, which holds shares in both lenders. "The question is whether they can deliver the savings without losing customers on the way."

The deal needs approval from the European Central Bank and Germany's cartel office. A spokesperson for the ECB declined to comment.

People familiar with the matter told Reuters last month that the two banks had been in talks since the autumn, after an approach by Italy's UniCredit to Nordbank was rebuffed.

Germany's finance ministry said it welcomed consolidation in the sector and that the state's 15% stake in Nordbank, a legacy of the 2008 financial crisis, would be reviewed.

(Reporting by Anika Strauss; Additional reporting by Tom Brenner in Hamburg; Editing by Rachel Moss)""", [
        Q("German lenders Nordbank and Hanseatische Volksbank agreed on Tuesday to merge in a 6.2 billion euro "
          "($6.8 billion) all-share deal that will create the country's fourth-largest bank and cut around 4,000 jobs",
          "indirect", "the two companies", None),
        Q('"This is a merger of strength, not of necessity,"', "direct", "Hoffmann-Ziegler",
          "Katrin Hoffmann-Ziegler", speaker_at="Hoffmann-Ziegler told"),
        Q('"Together we have the scale to invest in technology and to compete with the big players for the first '
          'time."', "direct", "Hoffmann-Ziegler", "Katrin Hoffmann-Ziegler", speaker_at="Hoffmann-Ziegler told"),
        Q("most of the job cuts would come from overlapping branches and head-office functions", "indirect", "She",
          "Katrin Hoffmann-Ziegler", speaker_at="She said"),
        Q('"as socially responsibly as possible"', "partial", "She", "Katrin Hoffmann-Ziegler",
          speaker_at="She said"),
        Q("the two banks' customer bases, in the north and the east of Germany, overlapped by less than a fifth",
          "indirect", "Brandt", "Lars-Erik Brandt", speaker_at="Brandt said"),
        Q("it would fight any compulsory redundancies", "indirect", "Verdi", "Verdi",
          speaker_at="Services union Verdi said"),
        Q('"Once again employees are paying for the mistakes of management,"', "direct", "Jan Osterloh-Kaya",
          "Jan Osterloh-Kaya"),
        Q('"strategic sense"', "partial", "Analysts at Jefferies", None),
        Q("that combining two IT systems would be costly and slow", "indirect", "Analysts at Jefferies", None),
        Q('"The history of German bank mergers is not a happy one,"', "direct", "Ingrid Vossberg",
          "Ingrid Vossberg"),
        Q('"The question is whether they can deliver the savings without losing customers on the way."', "direct",
          "Ingrid Vossberg", "Ingrid Vossberg"),
        Q("that the two banks had been in talks since the autumn, after an approach by Italy's UniCredit to Nordbank "
          "was rebuffed", "indirect", "People familiar with the matter", None),
        Q("it welcomed consolidation in the sector and that the state's 15% stake in Nordbank, a legacy of the 2008 "
          "financial crisis, would be reviewed", "indirect", "Germany's finance ministry", None),
    ], source="blind"),
    Case("blind11-phone-driver", """Lorry driver who killed cyclist while scrolling on phone jailed for eight years

A lorry driver who was scrolling through social media when he ploughed into a cyclist on a country road in Kent has been jailed for eight years.

Darren Whitlock, 47, from Ashford, was found guilty of causing death by dangerous driving following a week-long trial at Maidstone Crown Court.

Dr Helena Abernethy-Okoro, a 34-year-old junior doctor at the William Harvey Hospital, died at the scene on the A28 near Bethersden in May last year.

Prosecutor Simon Ellery-Hart KC told the jury that Whitlock's phone had been unlocked 23 times in the 15 minutes before the crash, and that he had been watching a video at the moment of impact.

Sentencing him on Friday, Mrs Justice Farida Qureshi said Whitlock had made 'a deliberate choice, again and again, to look at his phone rather than at the road'.

'Helena's family have lost a daughter, a sister and a fiancée. Nothing this court does can give them back what they have lost,' the judge said.

She added: 'Anyone who still thinks a quick glance at a screen is harmless should remember this case.'

Whitlock, who wept in the dock as the sentence was passed, was also banned from driving for 12 years.

His barrister, Mark Denholm, had told the court his client was 'utterly ashamed' and had not driven since the crash.

In a statement read outside court, Dr Abernethy-Okoro's mother, Grace Abernethy, said: 'Helena spent her life looking after other people. She was killed by someone who could not be bothered to look after anyone.

'We will spend the rest of our lives campaigning so that no other family has to go through this.'

A spokesperson for Kent Police said: 'This was an entirely avoidable tragedy, and our thoughts remain with Helena's loved ones.'

Cycling UK, the national cycling charity, said the sentence sent 'a clear message' but called for a crackdown on phone use by professional drivers.

The Department for Transport said it was reviewing penalties for using a handheld phone at the wheel, which currently stand at six points and a £200 fine.""", [
        Q("that Whitlock's phone had been unlocked 23 times in the 15 minutes before the crash, and that he had been "
          "watching a video at the moment of impact", "indirect", "Simon Ellery-Hart", "Simon Ellery-Hart"),
        Q("'a deliberate choice, again and again, to look at his phone rather than at the road'", "partial",
          "Farida Qureshi", "Farida Qureshi"),
        Q("'Helena's family have lost a daughter, a sister and a fiancée. Nothing this court does can give them back "
          "what they have lost,'", "direct", "the judge", "Farida Qureshi"),
        Q("'Anyone who still thinks a quick glance at a screen is harmless should remember this case.'", "direct",
          "She", "Farida Qureshi", speaker_at="She added"),
        Q("'utterly ashamed'", "partial", "Mark Denholm", "Mark Denholm"),
        Q("'Helena spent her life looking after other people. She was killed by someone who could not be bothered to "
          "look after anyone.", "direct", "Grace Abernethy", "Grace Abernethy"),
        Q("'We will spend the rest of our lives campaigning so that no other family has to go through this.'",
          "direct", "Grace Abernethy", "Grace Abernethy"),
        Q("'This was an entirely avoidable tragedy, and our thoughts remain with Helena's loved ones.'", "direct",
          "A spokesperson for Kent Police", None),
        Q("'a clear message'", "partial", "Cycling UK", "Cycling UK"),
        Q("it was reviewing penalties for using a handheld phone at the wheel", "indirect",
          "The Department for Transport", "Department for Transport"),
    ], source="blind"),
    Case("blind11-byelection", """Sinn Féin's Ní Bhriain takes Cork North-Central seat in by-election

Sinn Féin's Siobhán Ní Bhriain has won the Cork North-Central by-election, taking the seat on the eighth count at Cork City Hall late on Saturday night.

The 38-year-old community worker from Knocknaheeny was deemed elected without reaching the quota after the elimination of the Labour candidate, whose transfers broke heavily in her favour.

Turnout was 41.2%, according to the returning officer.

"This is a win for every family in this constituency who has been waiting years for a home," Ms Ní Bhriain told supporters as the result was announced. "People sent a message today, and I intend to make sure it is heard loud and clear in Leinster House."

Fianna Fáil's Cllr Pádraig Mac Cárthaigh, who finished second, said the result was "disappointing but not a surprise" in a by-election held in the middle of a Government term.

"We ran a good, honest campaign. Mid-term by-elections are always tough for parties in government," he told reporters. "We'll regroup and we'll be back."

Speaking in Dublin, the Taoiseach said the Government would "listen carefully" to voters in Cork, but insisted that housing completions were at their highest level in more than a decade.

Fine Gael's candidate, Dr Aoife Kiely-Byrne, a GP in Blackpool, was eliminated on the sixth count. She said she had been "overwhelmed by the kindness" of people on the doorsteps, and did not rule out running again at the general election.

Prof Liam Ó Dálaigh, who lectures in politics at University College Cork, told the Irish Examiner that the result reflected deep frustration among voters under 40.

"Housing is the defining issue of this Dáil, and Cork North-Central has some of the longest social housing waiting lists in the country," he said. "Any party that doesn't have a credible answer on it is going to struggle here."

Ms Ní Bhriain is expected to take her seat when the Dáil returns on Tuesday. She replaces her party colleague Declan Hurley, who stood down in March for health reasons.""", [
        Q("Turnout was 41.2%", "indirect", "the returning officer", None),
        Q('"This is a win for every family in this constituency who has been waiting years for a home,"', "direct",
          "Ní Bhriain", "Siobhán Ní Bhriain", speaker_at="Ms Ní Bhriain told"),
        Q('"People sent a message today, and I intend to make sure it is heard loud and clear in Leinster House."',
          "direct", "Ní Bhriain", "Siobhán Ní Bhriain", speaker_at="Ms Ní Bhriain told"),
        Q('"disappointing but not a surprise"', "partial", "Pádraig Mac Cárthaigh", "Pádraig Mac Cárthaigh"),
        Q('"We ran a good, honest campaign. Mid-term by-elections are always tough for parties in government,"',
          "direct", "he", "Pádraig Mac Cárthaigh", speaker_at="he told reporters"),
        Q('"We\'ll regroup and we\'ll be back."', "direct", "he", "Pádraig Mac Cárthaigh",
          speaker_at="he told reporters"),
        Q('"listen carefully"', "partial", "the Taoiseach", None),
        Q("that housing completions were at their highest level in more than a decade", "indirect", "the Taoiseach",
          None),
        Q('"overwhelmed by the kindness"', "partial", "She", "Aoife Kiely-Byrne", speaker_at="She said she"),
        Q("that the result reflected deep frustration among voters under 40", "indirect", "Liam Ó Dálaigh",
          "Liam Ó Dálaigh"),
        Q('"Housing is the defining issue of this Dáil, and Cork North-Central has some of the longest social housing '
          'waiting lists in the country,"', "direct", "he", "Liam Ó Dálaigh", speaker_at="he said"),
        Q('"Any party that doesn\'t have a credible answer on it is going to struggle here."', "direct", "he",
          "Liam Ó Dálaigh", speaker_at="he said"),
    ], source="blind"),
    Case("blind11-teachers", """Thousands of teachers walk off the job as schools close across Victoria

Thousands of public school teachers across Victoria walked off the job on Wednesday, closing more than 200 schools and rallying outside Parliament House in the state’s biggest education strike in more than a decade.

The Australian Education Union’s Victorian branch says teachers are burnt out by unmanageable workloads and are being lured interstate by better pay, with NSW teachers at the top of the scale now earning up to $10,000 a year more.

“We are not asking for the world. We are asking to be able to do our jobs properly,” AEU Victorian branch president Justine Karagiannis told a crowd of about 15,000 on Spring Street.

“Every week I hear from another teacher who is leaving – for Sydney, for Brisbane, or for a job that isn’t teaching at all.”

Education Minister Tomasz Nowicki said the government’s offer of a 3.5 per cent annual rise over four years was “fair and responsible”, and described the strike as “disappointing for families who have had to scramble for childcare at short notice”.

“My door remains open. But we also have a responsibility to taxpayers,” Mr Nowicki told 3AW on Wednesday morning.

Opposition education spokeswoman Jess Whitfield-Tran accused the government of “treating teachers like an afterthought” and said the Coalition would release its own schools policy before the election.

A spokesperson for the Department of Education said 214 schools had closed for the day and about 300 more were operating with reduced staff.

Among the crowd was Ashwin Raghunathan, a maths teacher at a secondary college in Melbourne’s north-west.

“I love my job, but I can’t keep doing 55-hour weeks and marking on Sunday nights,” he said. “Half my graduating cohort has already left the profession.”

At Brunswick East Primary School, parent Mei Ling Tan said she supported the teachers even though she had taken a day of annual leave to look after her two children.

“They’re with our kids all day. If they say they’re exhausted, I believe them,” she said.

The union said further stoppages were likely next term if no agreement was reached, and members will vote on rolling strikes in a ballot closing on June 14.""", [
        Q("teachers are burnt out by unmanageable workloads and are being lured interstate by better pay", "indirect",
          "The Australian Education Union’s Victorian branch", "Australian Education Union"),
        Q("“We are not asking for the world. We are asking to be able to do our jobs properly,”", "direct",
          "Justine Karagiannis", "Justine Karagiannis"),
        Q("“Every week I hear from another teacher who is leaving – for Sydney, for Brisbane, or for a job that isn’t "
          "teaching at all.”", "direct", "Justine Karagiannis", "Justine Karagiannis"),
        Q("“fair and responsible”", "partial", "Tomasz Nowicki", "Tomasz Nowicki"),
        Q("“disappointing for families who have had to scramble for childcare at short notice”", "partial",
          "Tomasz Nowicki", "Tomasz Nowicki"),
        Q("“My door remains open. But we also have a responsibility to taxpayers,”", "direct", "Nowicki",
          "Tomasz Nowicki", speaker_at="Mr Nowicki told"),
        Q("“treating teachers like an afterthought”", "partial", "Jess Whitfield-Tran", "Jess Whitfield-Tran"),
        Q("the Coalition would release its own schools policy before the election", "indirect", "Jess Whitfield-Tran",
          "Jess Whitfield-Tran"),
        Q("214 schools had closed for the day and about 300 more were operating with reduced staff", "indirect",
          "A spokesperson for the Department of Education", None),
        Q("“I love my job, but I can’t keep doing 55-hour weeks and marking on Sunday nights,”", "direct", "he",
          "Ashwin Raghunathan", speaker_at="he said"),
        Q("“Half my graduating cohort has already left the profession.”", "direct", "he", "Ashwin Raghunathan",
          speaker_at="he said"),
        Q("she supported the teachers even though she had taken a day of annual leave to look after her two children",
          "indirect", "Mei Ling Tan", "Mei Ling Tan"),
        Q("“They’re with our kids all day. If they say they’re exhausted, I believe them,”", "direct", "she",
          "Mei Ling Tan", speaker_at="she said"),
        Q("further stoppages were likely next term if no agreement was reached", "indirect", "The union",
          "Australian Education Union"),
    ], source="blind"),
    Case("blind11-cyclone", """State of emergency declared as ex-tropical cyclone batters Tairāwhiti

A state of emergency has been declared in Tairāwhiti after ex-tropical Cyclone Lola brought torrential rain and gale-force winds to the East Coast overnight, cutting off several communities and leaving more than 6000 homes without power.

Gisborne Mayor Ngaire Te Kani-Walsh signed the declaration at 4am on Monday as rivers rose across the region.

"We've had more than 200mm of rain in some places in under 12 hours. The rivers are coming up fast and we need people to take this seriously," she said at a media briefing in Gisborne.

Tairāwhiti Civil Defence controller Ben Hapi said State Highway 35 was closed in at least four places and that Tolaga Bay and Tokomaru Bay were effectively isolated.

"If you're in an evacuation zone and you've been told to go, please go now. Don't wait to see what the river does," Hapi said.

MetService meteorologist Clara Ng said the heaviest rain should ease by Tuesday afternoon, but warned that swollen rivers and saturated hillsides would remain dangerous for days.

Residents in Te Karaka, which was devastated by Cyclone Gabrielle in 2023, described watching the Waipāoa River climb with "a horrible sense of déjà vu".

"We only finished fixing the house in March," said Wiremu Pohatu, 61, who spent the night with his whānau at the local marae. "My moko asked me if we were going to lose everything again. What do you tell them?"

Emergency Management Minister Grant Tuilagi said the Government was ready to send Defence Force helicopters and would "do whatever it takes" to support the region.

Lines company Firstlight Network said crews would not be able to start repairs until winds dropped below 80km/h.

Police said a man in his 70s had been rescued from the roof of his car near Manutuke after trying to drive through floodwater.

NZTA Waka Kotahi said people should not travel to the region until further notice.""", [
        Q('"We\'ve had more than 200mm of rain in some places in under 12 hours. The rivers are coming up fast and we '
          'need people to take this seriously,"', "direct", "she", "Ngaire Te Kani-Walsh",
          speaker_at="she said at a media briefing"),
        Q("State Highway 35 was closed in at least four places and that Tolaga Bay and Tokomaru Bay were effectively "
          "isolated", "indirect", "Ben Hapi", "Ben Hapi"),
        Q('"If you\'re in an evacuation zone and you\'ve been told to go, please go now. Don\'t wait to see what the '
          'river does,"', "direct", "Hapi", "Ben Hapi", speaker_at='does," Hapi said'),
        Q("the heaviest rain should ease by Tuesday afternoon", "indirect", "Clara Ng", "Clara Ng"),
        Q("that swollen rivers and saturated hillsides would remain dangerous for days", "indirect", "Clara Ng",
          "Clara Ng"),
        Q('"a horrible sense of déjà vu"', "partial", "Residents in Te Karaka", None),
        Q('"We only finished fixing the house in March,"', "direct", "Wiremu Pohatu", "Wiremu Pohatu"),
        Q('"My moko asked me if we were going to lose everything again. What do you tell them?"', "direct",
          "Wiremu Pohatu", "Wiremu Pohatu"),
        Q("the Government was ready to send Defence Force helicopters", "indirect", "Grant Tuilagi", "Grant Tuilagi"),
        Q('"do whatever it takes"', "partial", "Grant Tuilagi", "Grant Tuilagi"),
        Q("crews would not be able to start repairs until winds dropped below 80km/h", "indirect",
          "Firstlight Network", "Firstlight Network"),
        Q("a man in his 70s had been rescued from the roof of his car near Manutuke after trying to drive through "
          "floodwater", "indirect", "Police", None),
        Q("people should not travel to the region until further notice", "indirect", "NZTA Waka Kotahi",
          "NZTA Waka Kotahi"),
    ], source="blind"),
    Case("blind11-er-closures", """Three rural Ontario ERs to close overnight as nursing shortage deepens

Three more emergency departments in rural Ontario will close overnight this summer because they cannot find enough nurses to staff them, the Star has learned.

The closures, confirmed Tuesday by the Lakeshore Grey Health Alliance, will affect hospitals in Wiarton, Meaford and Chesley, where the nearest open ER can be more than an hour’s drive away.

“This is not a decision any of us wanted to make,” said Dr. Anjali Mehta-Roberts, the alliance’s chief of staff. “But we cannot run an emergency department safely without nurses, and right now we do not have them.”

She said the alliance had been relying on agency nurses who cost up to three times as much as staff nurses, and that two recruitment drives last year had produced “almost nothing.”

The Ontario Nurses’ Association called the closures “entirely predictable” and blamed years of wage restraint under Bill 124, the provincial law that capped public-sector raises at 1 per cent a year until it was struck down by the courts.

“Nurses didn’t leave rural hospitals. They were pushed out,” ONA president Bernadette O’Keefe-Singh told the Star. “Every one of these closures was preventable.”

Hannah Jensen, a spokesperson for the health minister, said in an email that the province had added more than 15,000 nurses since 2018 and was “working closely” with the alliance to minimize disruption.

South Bruce Peninsula Mayor Dorothy Ferreira said residents “are frightened, and they have every right to be.”

At a coffee shop on Meaford’s main street, retiree Linda Bouchard said she now keeps a bag packed by the door.

“If my husband has another heart attack at 2 a.m., what am I supposed to do, drive him to Owen Sound myself?” asked Bouchard, 68.

Paramedic services in Grey County said they were adding an extra overnight ambulance to cover the gap, though the union representing paramedics warned that crews were already stretched.

The overnight closures begin July 2 and will run until at least Labour Day.""", [
        Q("“This is not a decision any of us wanted to make,”", "direct", "Anjali Mehta-Roberts",
          "Anjali Mehta-Roberts"),
        Q("“But we cannot run an emergency department safely without nurses, and right now we do not have them.”",
          "direct", "Anjali Mehta-Roberts", "Anjali Mehta-Roberts"),
        Q("the alliance had been relying on agency nurses who cost up to three times as much as staff nurses",
          "indirect", "She", "Anjali Mehta-Roberts", speaker_at="She said"),
        Q("“almost nothing.”", "partial", "She", "Anjali Mehta-Roberts", speaker_at="She said"),
        Q("“entirely predictable”", "partial", "Ontario Nurses’ Association", "Ontario Nurses’ Association"),
        Q("“Nurses didn’t leave rural hospitals. They were pushed out,”", "direct", "Bernadette O’Keefe-Singh",
          "Bernadette O’Keefe-Singh"),
        Q("“Every one of these closures was preventable.”", "direct", "Bernadette O’Keefe-Singh",
          "Bernadette O’Keefe-Singh"),
        Q("that the province had added more than 15,000 nurses since 2018", "indirect", "Hannah Jensen",
          "Hannah Jensen"),
        Q("“working closely”", "partial", "Hannah Jensen", "Hannah Jensen"),
        Q("“are frightened, and they have every right to be.”", "partial", "Dorothy Ferreira", "Dorothy Ferreira"),
        Q("she now keeps a bag packed by the door", "indirect", "Linda Bouchard", "Linda Bouchard"),
        Q("“If my husband has another heart attack at 2 a.m., what am I supposed to do, drive him to Owen Sound "
          "myself?”", "direct", "Bouchard", "Linda Bouchard", speaker_at="asked Bouchard"),
        Q("they were adding an extra overnight ambulance to cover the gap", "indirect",
          "Paramedic services in Grey County", None),
        Q("that crews were already stretched", "indirect", "the union representing paramedics", None),
    ], source="blind"),
    Case("blind11-salgaa", """14 killed as matatu collides with lorry at Salgaa

Fourteen people were killed on Sunday night when a matatu collided head-on with a lorry near Salgaa on the Nakuru-Eldoret highway, police said.

Rongai police commander Chief Inspector Wanjiru Kamau said the Nairobi-bound matatu was overtaking a line of vehicles on a bend when it rammed into the oncoming truck at about 9.30pm.

"The driver of the matatu and 12 passengers died on the spot. Another passenger died on the way to hospital," Ms Kamau told the Nation on the phone.

"The lorry driver escaped with minor injuries and is in our custody as investigations continue," she added.

The injured were rushed to the Nakuru Level Five Hospital, where medical superintendent Dr Kibet arap Koech said two of them were in critical condition and had been taken to the intensive care unit.

"We have activated our disaster plan and called in staff who were off duty. We also need blood, especially O negative," Dr Koech said, appealing to members of the public to donate.

Peter Otieno, a boda boda rider who witnessed the crash, said the matatu had been "flying" moments before it swerved into the path of the lorry.

"We heard a very loud bang. When we reached there, people were screaming for help but there was little we could do in the dark," he said.

Salgaa, about 20 kilometres from Nakuru town, has long been one of the deadliest stretches of road in the country, and residents have for years called for the highway to be expanded.

According to the National Transport and Safety Authority (NTSA), 1,936 people have been killed on Kenyan roads since January, an increase of 6 percent compared with the same period last year.

NTSA Director-General Fatuma Abdi Hassan said the authority would deploy more officers along the route over the festive season and crack down on speeding public service vehicles.

"Salgaa has claimed too many lives. Motorists must respect the rules of the road, especially at night," she said.

The bodies were taken to the Nakuru County Referral Hospital mortuary.""", [
        Q("Fourteen people were killed on Sunday night when a matatu collided head-on with a lorry near Salgaa on the "
          "Nakuru-Eldoret highway", "indirect", "police", None, speaker_at="police said"),
        Q("the Nairobi-bound matatu was overtaking a line of vehicles on a bend when it rammed into the oncoming truck "
          "at about 9.30pm", "indirect", "Wanjiru Kamau", "Wanjiru Kamau"),
        Q('"The driver of the matatu and 12 passengers died on the spot. Another passenger died on the way to '
          'hospital,"', "direct", "Kamau", "Wanjiru Kamau", speaker_at="Ms Kamau told"),
        Q('"The lorry driver escaped with minor injuries and is in our custody as investigations continue,"',
          "direct", "she", "Wanjiru Kamau", speaker_at="she added"),
        Q("two of them were in critical condition and had been taken to the intensive care unit", "indirect",
          "Kibet arap Koech", "Kibet arap Koech"),
        Q('"We have activated our disaster plan and called in staff who were off duty. We also need blood, especially '
          'O negative,"', "direct", "Koech", "Kibet arap Koech", speaker_at="Dr Koech said"),
        Q('"flying"', "partial", "Peter Otieno", "Peter Otieno"),
        Q('"We heard a very loud bang. When we reached there, people were screaming for help but there was little we '
          'could do in the dark,"', "direct", "he", "Peter Otieno", speaker_at="he said"),
        Q("1,936 people have been killed on Kenyan roads since January, an increase of 6 percent compared with the "
          "same period last year", "indirect", "National Transport and Safety Authority",
          "National Transport and Safety Authority"),
        Q("the authority would deploy more officers along the route over the festive season and crack down on "
          "speeding public service vehicles", "indirect", "Fatuma Abdi Hassan", "Fatuma Abdi Hassan"),
        Q('"Salgaa has claimed too many lives. Motorists must respect the rules of the road, especially at night,"',
          "direct", "she", "Fatuma Abdi Hassan", speaker_at="she said"),
    ], source="blind"),
    Case("blind11-obituary", """Veteran politician Mzee Hamisi Juma Mwakyusa dies aged 87

Dar es Salaam. Former Cabinet minister and independence-era politician Mzee Hamisi Juma Mwakyusa has died at the age of 87, his family announced yesterday.

Family spokesperson Dr Neema Mwakyusa-Lyimo, his eldest daughter, said her father died peacefully at the Muhimbili National Hospital on Monday night after a short illness.

“Baba lived for this country. Even in his last days he was asking about the rains and the harvest in Mbeya,” she said.

Mzee Mwakyusa, who was born in Rungwe District in 1937, was among the founders of the Tanu Youth League in the Southern Highlands and served as minister for Agriculture in the 1970s before becoming Tanzania’s ambassador to Ethiopia.

In a message of condolence, State House said the President had received the news “with deep sorrow” and described Mzee Mwakyusa as “a patriot who never tired of serving the people of Tanzania.”

Chama Cha Mapinduzi (CCM) said in a statement that the party had lost “one of its last links to the generation of Mwalimu Nyerere”.

The opposition also paid tribute. “We disagreed with him on many things, but nobody ever doubted his honesty,” said Chadema’s Mbeya regional chairman, Joseph Mwaipopo.

In a 2019 interview with The Citizen, Mzee Mwakyusa reflected on his years in government. “I never wanted to be rich. I wanted the children of Rungwe to go to school,” he said at the time.

The Mbeya regional sheikh, Sheikh Khamis bin Suleiman al-Rawahi, said funeral prayers would be held at the Ijumaa Mosque in Mbeya on Thursday, after which the body would be taken to Tukuyu for burial.

In Tukuyu, residents said the late politician would be remembered above all for the tea factory he helped to set up in 1976, which still employs more than 2,000 people.

“He never forgot where he came from. Whenever he came home, he would sit under the mango tree and listen to everyone,” said Ms Upendo Mwakalinga, a tea farmer.

He is survived by his wife, Mama Zuhura, six children and 21 grandchildren.""", [
        Q("Former Cabinet minister and independence-era politician Mzee Hamisi Juma Mwakyusa has died at the age of 87",
          "indirect", "his family", None),
        Q("her father died peacefully at the Muhimbili National Hospital on Monday night after a short illness",
          "indirect", "Neema Mwakyusa-Lyimo", "Neema Mwakyusa-Lyimo"),
        Q("“Baba lived for this country. Even in his last days he was asking about the rains and the harvest in "
          "Mbeya,”", "direct", "she", "Neema Mwakyusa-Lyimo", speaker_at="she said"),
        Q("“with deep sorrow”", "partial", "State House", "State House"),
        Q("“a patriot who never tired of serving the people of Tanzania.”", "partial", "State House", "State House"),
        Q("“one of its last links to the generation of Mwalimu Nyerere”", "partial", "Chama Cha Mapinduzi",
          "Chama Cha Mapinduzi"),
        Q("“We disagreed with him on many things, but nobody ever doubted his honesty,”", "direct", "Joseph Mwaipopo",
          "Joseph Mwaipopo"),
        Q("“I never wanted to be rich. I wanted the children of Rungwe to go to school,”", "direct", "he",
          "Hamisi Juma Mwakyusa", speaker_at="he said at the time"),
        Q("funeral prayers would be held at the Ijumaa Mosque in Mbeya on Thursday, after which the body would be "
          "taken to Tukuyu for burial", "indirect", "Khamis bin Suleiman al-Rawahi", "Khamis bin Suleiman al-Rawahi"),
        Q("the late politician would be remembered above all for the tea factory he helped to set up in 1976",
          "indirect", "residents", None),
        Q("“He never forgot where he came from. Whenever he came home, he would sit under the mango tree and listen to "
          "everyone,”", "direct", "Upendo Mwakalinga", "Upendo Mwakalinga"),
    ], source="blind"),
    Case("blind11-boxing", """Adeyemi-Cole stops Ibarra to become Nigeria's first world champion in a decade

Nigerian cruiserweight Olamide Adeyemi-Cole on Saturday became the country's first world boxing champion in over a decade after knocking out Mexico's Jorge Luis Ibarra in the ninth round to claim the vacant WBC title at the Mobolaji Johnson Arena, Onikan, Lagos.

The 29-year-old, popularly known as "The Lion of Mokola", floored Ibarra twice in the eighth round before a left hook ended the contest 47 seconds into the ninth.

"I told you people I would bring this belt home to Nigeria. This one is for every child in Mokola who was told that boxing is not a real job," Adeyemi-Cole said in the ring, draped in the national flag.

Ibarra, who had never been stopped in 27 professional fights, said through an interpreter that he had no excuses.

"He was the better man tonight. I want a rematch, but in Mexico," he said.

The Minister of Sports Development, Chief Ikechukwu Nwosu-Obi, who was at ringside, described the victory as "a proud moment for the nation" and promised that the ministry would support the champion's first title defence.

Adeyemi-Cole's trainer, Rasheed Oladipo, said the team had spent eight weeks in camp in Ibadan studying videos of Ibarra's previous fights.

"We studied him like an exam. We knew he drops his right hand when he throws the jab, and in the ninth round the plan came through," Oladipo told Punch.

The fight's promoter, Mrs Folake Bankole-Martins of Ringside Africa Promotions, said more than 8,000 tickets had been sold and that talks for a first defence in Abuja had already begun.

The Nigeria Boxing Federation said the win would "rekindle interest in the sport at the grassroots" and called on state governments to revive amateur boxing competitions.

Fans who thronged the arena danced into the early hours of Sunday, with many chanting the champion's name along Awolowo Road.

Adeyemi-Cole now has a record of 22 wins and one defeat, with 18 knockouts.""", [
        Q('"I told you people I would bring this belt home to Nigeria. This one is for every child in Mokola who was '
          'told that boxing is not a real job,"', "direct", "Adeyemi-Cole", "Olamide Adeyemi-Cole",
          speaker_at="Adeyemi-Cole said in the ring"),
        Q("that he had no excuses", "indirect", "Ibarra", "Jorge Luis Ibarra", speaker_at="Ibarra, who had never"),
        Q('"He was the better man tonight. I want a rematch, but in Mexico,"', "direct", "he", "Jorge Luis Ibarra",
          speaker_at="he said"),
        Q('"a proud moment for the nation"', "partial", "Ikechukwu Nwosu-Obi", "Ikechukwu Nwosu-Obi"),
        Q("that the ministry would support the champion's first title defence", "indirect", "Ikechukwu Nwosu-Obi",
          "Ikechukwu Nwosu-Obi"),
        Q("the team had spent eight weeks in camp in Ibadan studying videos of Ibarra's previous fights", "indirect",
          "Rasheed Oladipo", "Rasheed Oladipo"),
        Q('"We studied him like an exam. We knew he drops his right hand when he throws the jab, and in the ninth '
          'round the plan came through,"', "direct", "Oladipo", "Rasheed Oladipo", speaker_at="Oladipo told Punch"),
        Q("more than 8,000 tickets had been sold and that talks for a first defence in Abuja had already begun",
          "indirect", "Folake Bankole-Martins", "Folake Bankole-Martins"),
        Q('"rekindle interest in the sport at the grassroots"', "partial", "Nigeria Boxing Federation",
          "Nigeria Boxing Federation"),
    ], source="blind"),
    Case("blind11-netball", """Proteas edge Sunshine Girls in thriller to reach Nations Cup final

The Spar Proteas will play for silverware on home soil after a nerve-shredding 56-55 win over Jamaica in the semifinal of the Netball Nations Cup at the Cape Town International Convention Centre on Saturday night.

Goal shooter Elmarie van Zyl sank the winning goal with 11 seconds left on the clock, finishing with 44 from 47 attempts as South Africa came back from six goals down at the start of the final quarter.

“Honestly, I don’t even remember the last shot. I just heard the crowd,” Van Zyl said afterwards, still wrapped in a South African flag.

The win also ended the so-called “Cape Town curse”, a run of five straight home defeats against the Jamaicans stretching back to 2015.

Coach Dr Marlize de Villiers-Pretorius said her team had shown “the kind of character you can’t coach”.

“At three-quarter time I told them: forget the scoreboard, win the next centre pass. And then the next one,” said De Villiers-Pretorius, who took over the side 18 months ago.

Jamaica coach Winsome Campbell-Reid said her side had “let it slip” in the final five minutes, when they turned the ball over four times in a row.

“We were the better team for 55 minutes. Netball is 60 minutes,” she told reporters.

Proteas captain Nomvula Dlamini-Khumalo, playing her 100th test, was close to tears. “This is what we dreamed about when we were girls playing on dusty courts in KwaMashu,” she said. “To do it here, in front of our families, means everything.”

Netball South Africa president Zanele Mthembu-Naidoo said the federation hoped the team’s run would “finally convince sponsors that women’s sport is worth investing in”.

South Africa meet Australia’s Diamonds in Sunday’s final, with the Australians having won all three previous meetings between the sides this year.""", [
        Q("“Honestly, I don’t even remember the last shot. I just heard the crowd,”", "direct", "Van Zyl",
          "Elmarie van Zyl"),
        Q("“the kind of character you can’t coach”", "partial", "Marlize de Villiers-Pretorius",
          "Marlize de Villiers-Pretorius"),
        Q("“At three-quarter time I told them: forget the scoreboard, win the next centre pass. And then the next "
          "one,”", "direct", "De Villiers-Pretorius", "Marlize de Villiers-Pretorius"),
        Q("“let it slip”", "partial", "Winsome Campbell-Reid", "Winsome Campbell-Reid"),
        Q("“We were the better team for 55 minutes. Netball is 60 minutes,”", "direct", "she",
          "Winsome Campbell-Reid", speaker_at="she told reporters"),
        Q("“This is what we dreamed about when we were girls playing on dusty courts in KwaMashu,”", "direct", "she",
          "Nomvula Dlamini-Khumalo", speaker_at="she said"),
        Q("“To do it here, in front of our families, means everything.”", "direct", "she", "Nomvula Dlamini-Khumalo",
          speaker_at="she said"),
        Q("“finally convince sponsors that women’s sport is worth investing in”", "partial", "Zanele Mthembu-Naidoo",
          "Zanele Mthembu-Naidoo"),
    ], source="blind"),
    Case("blind11-solar", """Saudi Arabia switches on Kingdom's largest solar plant

RIYADH: Saudi Arabia on Monday switched on a 2.6-gigawatt solar plant in Wadi Al-Dawasir, the largest in the Kingdom, as it races to generate half of its electricity from renewable sources by 2030.

The plant, built by Abu Dhabi-based Sahara Sun Energy with Chinese partners, will supply power to about 450,000 homes and cut carbon emissions by around 4 million tons a year, according to the Saudi Power Procurement Company.

"Today is not the end of the journey, it is the beginning. Every megawatt we add from the sun is a barrel of oil we can export or turn into higher-value products," Eng. Faisal bin Abdulrahman Al-Otaibi, CEO of SPPC, said at the inauguration ceremony.

Al-Otaibi said the company would tender another 8 GW of solar and wind capacity this year, adding that battery storage would be "the next big story" for the national grid.

Sheikh Mohammed bin Hamad Al-Qasimi, chairman of Sahara Sun Energy, told Arab News that the project had been finished four months ahead of schedule despite "extremely challenging" summer conditions, with temperatures on site reaching 52 degrees Celsius.

"Our engineers worked at night for much of July and August. Safety came first, always," he said.

The Kingdom currently produces less than a fifth of its power from renewables, with most of the rest coming from burning oil and natural gas.

"The numbers are genuinely big now. Five years ago people laughed when we talked about 50 percent. Nobody is laughing anymore," said Dr. Noura Al-Mutairi, an energy economist at King Saud University.

She added that the main challenge would be building transmission lines to connect remote desert plants with demand centers on the coasts.

Greenpeace Middle East and North Africa welcomed the project but said it was "a drop in the ocean" compared with the Kingdom's oil output, and urged faster cuts in fossil fuel production.

Officials at the ceremony said the plant's panels would be cleaned by waterless robots to cope with frequent sandstorms.""", [
        Q("The plant, built by Abu Dhabi-based Sahara Sun Energy with Chinese partners, will supply power to about "
          "450,000 homes and cut carbon emissions by around 4 million tons a year", "indirect",
          "the Saudi Power Procurement Company", "Saudi Power Procurement Company"),
        Q('"Today is not the end of the journey, it is the beginning. Every megawatt we add from the sun is a barrel of '
          'oil we can export or turn into higher-value products,"', "direct", "Faisal bin Abdulrahman Al-Otaibi",
          "Faisal bin Abdulrahman Al-Otaibi"),
        Q("the company would tender another 8 GW of solar and wind capacity this year", "indirect", "Al-Otaibi",
          "Faisal bin Abdulrahman Al-Otaibi", speaker_at="Al-Otaibi said the company"),
        Q('"the next big story"', "partial", "Al-Otaibi", "Faisal bin Abdulrahman Al-Otaibi",
          speaker_at="Al-Otaibi said the company"),
        Q("that the project had been finished four months ahead of schedule", "indirect",
          "Mohammed bin Hamad Al-Qasimi", "Mohammed bin Hamad Al-Qasimi"),
        Q('"extremely challenging"', "partial", "Mohammed bin Hamad Al-Qasimi", "Mohammed bin Hamad Al-Qasimi"),
        Q('"Our engineers worked at night for much of July and August. Safety came first, always,"', "direct", "he",
          "Mohammed bin Hamad Al-Qasimi", speaker_at="he said"),
        Q('"The numbers are genuinely big now. Five years ago people laughed when we talked about 50 percent. Nobody '
          'is laughing anymore,"', "direct", "Noura Al-Mutairi", "Noura Al-Mutairi"),
        Q("that the main challenge would be building transmission lines to connect remote desert plants with demand "
          "centers on the coasts", "indirect", "She", "Noura Al-Mutairi", speaker_at="She added"),
        Q('"a drop in the ocean"', "partial", "Greenpeace Middle East and North Africa",
          "Greenpeace Middle East and North Africa"),
        Q("the plant's panels would be cleaned by waterless robots to cope with frequent sandstorms", "indirect",
          "Officials at the ceremony", None),
    ], source="blind"),
    Case("blind11-film-prize", """Ogata’s quiet family drama wins top prize at Tokyo film festival

Director Ogata Reiko’s “The Salt Road” won the Tokyo Grand Prix at the Tokyo International Film Festival on Wednesday, the first time in nine years that the festival’s top award has gone to a Japanese film.

The film follows three sisters who return to their late father’s salt farm on the Noto Peninsula after the 2024 earthquake, and is part of a small wave of so-called “after-disaster” films made by directors from the region.

“I made this film for the people of Noto, who are still waiting to go home,” Ogata, 52, said as she accepted the award, her voice breaking. “I want them to know they have not been forgotten.”

Jury president Kang Min-seo, the South Korean director, said the jury’s decision had been unanimous.

“It is a film that trusts silence. In a year of very loud films, that felt almost radical,” Kang told reporters after the ceremony.

The best actor award went to Nishimura Kenta for his role as a retired sumo wrestler in “Last Bout.” Nishimura, who said he had put on 30 kilograms for the part, joked on stage that he was “still trying to lose the last 10.”

Chinese filmmaker Zhao Liwen was named best director for “Winter Tenants,” which was shot entirely inside a single apartment in Harbin. Speaking through an interpreter, Zhao said the prize would make it easier to find money for her next film.

“For a small film like ours, a prize in Tokyo opens doors that were closed yesterday,” she said.

Festival chairman Morimoto Takeshi said attendance had risen 18 percent from last year, helped by a surge in overseas visitors.

According to distributor Hoshizora Pictures, “The Salt Road” will open in cinemas nationwide on Dec. 6, with part of the proceeds going to reconstruction efforts in Wajima and Suzu.

Ogata’s previous film, “Paper Lanterns,” was shown in the Directors’ Fortnight section at Cannes in 2019.""", [
        Q("“I made this film for the people of Noto, who are still waiting to go home,”", "direct", "Ogata",
          "Ogata Reiko", speaker_at="Ogata, 52, said"),
        Q("“I want them to know they have not been forgotten.”", "direct", "Ogata", "Ogata Reiko",
          speaker_at="Ogata, 52, said"),
        Q("the jury’s decision had been unanimous", "indirect", "Kang Min-seo", "Kang Min-seo"),
        Q("“It is a film that trusts silence. In a year of very loud films, that felt almost radical,”", "direct",
          "Kang", "Kang Min-seo", speaker_at="Kang told reporters"),
        Q("he had put on 30 kilograms for the part", "indirect", "Nishimura", "Nishimura Kenta",
          speaker_at="Nishimura, who said"),
        Q("“still trying to lose the last 10.”", "partial", "Nishimura", "Nishimura Kenta",
          speaker_at="Nishimura, who said"),
        Q("the prize would make it easier to find money for her next film", "indirect", "Zhao", "Zhao Liwen",
          speaker_at="Zhao said"),
        Q("“For a small film like ours, a prize in Tokyo opens doors that were closed yesterday,”", "direct", "she",
          "Zhao Liwen", speaker_at="she said"),
        Q("attendance had risen 18 percent from last year, helped by a surge in overseas visitors", "indirect",
          "Morimoto Takeshi", "Morimoto Takeshi"),
        Q("“The Salt Road” will open in cinemas nationwide on Dec. 6, with part of the proceeds going to "
          "reconstruction efforts in Wajima and Suzu", "indirect", "Hoshizora Pictures", "Hoshizora Pictures"),
    ], source="blind"),
    Case("blind11-quake", """Magnitude 6.2 quake kills at least 17 in West Sulawesi

Jakarta. A magnitude-6.2 earthquake struck West Sulawesi early on Thursday, killing at least 17 people, injuring more than 300 and damaging over 1,200 houses, the National Disaster Mitigation Agency (BNPB) said.

The quake's epicenter was six kilometers northeast of Majene at a depth of 10 kilometers, according to the Meteorology, Climatology and Geophysics Agency (BMKG).

"Most of the victims were crushed by collapsing walls while they were still asleep. Our teams are still searching for at least six people who are believed to be trapped," BNPB head Lt. Gen. Sutrisno told reporters in Mamuju.

Sutrisno said the agency had flown in tents, food and medicine on two Hercules aircraft, but landslides had cut the main road between Mamuju and Majene, slowing the delivery of aid by land.

BMKG head Prof. Rina Kusumawardhani said aftershocks were likely to continue for several days and urged residents to stay out of damaged buildings.

"We have recorded 34 aftershocks so far, the strongest at magnitude 4.8. There is no tsunami threat," she said.

Residents in Malunda district said many families were too frightened to return home and were sleeping in the open under tarpaulins.

"I grabbed my children and ran. When I looked back, the front of our house was gone," said Muhammad Arif, a 42-year-old fisherman from Majene who was sheltering with his family in a tent outside the regent's office.

West Sulawesi Governor Andi Ruslan Mappanyukki said the provincial government had declared a 14-day emergency response period and would cover the medical costs of all victims.

The Health Ministry said it had sent 40 doctors and nurses from Makassar, including orthopedic surgeons.

State news agency Antara reported that a hospital in Mamuju had moved patients into its parking lot as a precaution.

The same area was struck by a magnitude-6.2 earthquake in January 2021 that killed more than 100 people and flattened hundreds of homes.""", [
        Q("A magnitude-6.2 earthquake struck West Sulawesi early on Thursday, killing at least 17 people, injuring "
          "more than 300 and damaging over 1,200 houses", "indirect", "the National Disaster Mitigation Agency",
          "National Disaster Mitigation Agency"),
        Q("The quake's epicenter was six kilometers northeast of Majene at a depth of 10 kilometers", "indirect",
          "the Meteorology, Climatology and Geophysics Agency", "Meteorology, Climatology and Geophysics Agency"),
        Q('"Most of the victims were crushed by collapsing walls while they were still asleep. Our teams are still '
          'searching for at least six people who are believed to be trapped,"', "direct", "Sutrisno", "Sutrisno",
          speaker_at="Lt. Gen. Sutrisno told"),
        Q("the agency had flown in tents, food and medicine on two Hercules aircraft, but landslides had cut the main "
          "road between Mamuju and Majene", "indirect", "Sutrisno", "Sutrisno", speaker_at="Sutrisno said"),
        Q("aftershocks were likely to continue for several days", "indirect", "Rina Kusumawardhani",
          "Rina Kusumawardhani"),
        Q('"We have recorded 34 aftershocks so far, the strongest at magnitude 4.8. There is no tsunami threat,"',
          "direct", "she", "Rina Kusumawardhani", speaker_at="she said"),
        Q("many families were too frightened to return home and were sleeping in the open under tarpaulins",
          "indirect", "Residents in Malunda district", None),
        Q('"I grabbed my children and ran. When I looked back, the front of our house was gone,"', "direct",
          "Muhammad Arif", "Muhammad Arif"),
        Q("the provincial government had declared a 14-day emergency response period and would cover the medical "
          "costs of all victims", "indirect", "Andi Ruslan Mappanyukki", "Andi Ruslan Mappanyukki"),
        Q("it had sent 40 doctors and nurses from Makassar, including orthopedic surgeons", "indirect",
          "The Health Ministry", "Health Ministry"),
        Q("that a hospital in Mamuju had moved patients into its parking lot as a precaution", "indirect", "Antara",
          "Antara"),
    ], source="blind"),
    Case("blind11-akhaura", """Eleven killed as trains collide near Akhaura junction

At least 11 people were killed and more than 60 injured when a Chattogram-bound intercity train collided with a goods train near Akhaura railway junction in Brahmanbaria on Saturday afternoon, officials said.

The collision happened around 3:40pm when the goods train, which was leaving the station’s loop line, struck the rear coaches of the ‘Sagarika Express’, which had left Dhaka’s Kamalapur station at 11am.

‘The rescue operation is over. We have recovered 11 bodies, and the injured have been sent to Brahmanbaria General Hospital and Dhaka Medical College Hospital,’ Brahmanbaria Deputy Commissioner Md Mizanur Rahman Bhuiyan told Dhaka Tribune.

According to the Fire Service and Civil Defence, two coaches of the passenger train overturned and several passengers were trapped inside for more than three hours before being cut free.

Bangladesh Railway Director General Kamrul Ahsan Talukder said the goods train appeared to have ignored a signal while leaving the loop line.

‘It is too early to say who is responsible. A five-member committee has been formed and it will submit its report within three working days,’ he said.

Locals alleged that the signalling system at the junction had been faulty for weeks and that complaints to the station master had gone unanswered.

Passenger Nusrat Jahan, 24, a university student who was travelling to Chattogram, said she was thrown from her seat by the impact.

‘There was a terrible sound and then everything went dark. People were screaming and calling for their mothers,’ she said from her hospital bed in Brahmanbaria.

Railways Adviser Dr Farhana Kabir, who visited the site on Saturday evening, described the crash as ‘a failure of the system, not only of one driver’ and announced Tk 50,000 in compensation for the family of each victim.

Train services between Dhaka and Chattogram and Sylhet remained suspended on Saturday night, a railway spokesperson said, adding that the line was expected to reopen by Sunday noon.

Bangladesh has witnessed several deadly train accidents in recent years, many of them blamed on outdated signalling and human error.""", [
        Q("At least 11 people were killed and more than 60 injured when a Chattogram-bound intercity train collided "
          "with a goods train near Akhaura railway junction in Brahmanbaria on Saturday afternoon", "indirect",
          "officials", None),
        Q("‘The rescue operation is over. We have recovered 11 bodies, and the injured have been sent to Brahmanbaria "
          "General Hospital and Dhaka Medical College Hospital,’", "direct", "Md Mizanur Rahman Bhuiyan",
          "Md Mizanur Rahman Bhuiyan"),
        Q("two coaches of the passenger train overturned and several passengers were trapped inside for more than "
          "three hours before being cut free", "indirect", "the Fire Service and Civil Defence",
          "Fire Service and Civil Defence"),
        Q("the goods train appeared to have ignored a signal while leaving the loop line", "indirect",
          "Kamrul Ahsan Talukder", "Kamrul Ahsan Talukder"),
        Q("‘It is too early to say who is responsible. A five-member committee has been formed and it will submit its "
          "report within three working days,’", "direct", "he", "Kamrul Ahsan Talukder", speaker_at="he said"),
        Q("that the signalling system at the junction had been faulty for weeks and that complaints to the station "
          "master had gone unanswered", "indirect", "Locals", None),
        Q("she was thrown from her seat by the impact", "indirect", "Nusrat Jahan", "Nusrat Jahan"),
        Q("‘There was a terrible sound and then everything went dark. People were screaming and calling for their "
          "mothers,’", "direct", "she", "Nusrat Jahan", speaker_at="she said from"),
        Q("‘a failure of the system, not only of one driver’", "partial", "Farhana Kabir", "Farhana Kabir"),
        Q("Train services between Dhaka and Chattogram and Sylhet remained suspended on Saturday night", "indirect",
          "a railway spokesperson", None),
        Q("that the line was expected to reopen by Sunday noon", "indirect", "a railway spokesperson", None),
    ], source="blind"),
    Case("blind11-council-budget", """Riverbend council passes budget with library cuts, police raises after late-night vote

RIVERBEND, Okla. (KRBT) — After nearly six hours of public comment and debate, the Riverbend City Council voted 5-2 just after midnight Wednesday to approve a $412 million budget that trims hours at three public libraries while giving police officers a 6% raise.

"This is not the budget any of us wanted. It's the budget we could afford," Mayor Derek Okafor said after the vote.

Okafor said falling sales tax revenue and the end of federal pandemic relief money had left the city facing a $19 million shortfall.

Under the plan, the Eastside, Northgate and Mill Creek branch libraries will close on Sundays and Mondays starting Oct. 1.

Council member Rosa María Delgado-Whitfield, who voted against the budget, called the library cuts "a choice, not a necessity."

"For a lot of kids on the east side, the library is the only place with free Wi-Fi and air conditioning. We're taking that away from them two days a week," she said.

Dozens of residents signed up to speak during the public hearing. The Rev. Marcus L. Greene, pastor of Greater Mount Zion Baptist Church, told council members that cutting library hours while raising police pay "sends the wrong message about what keeps a neighborhood safe."

Police Chief Angela Whitehorse defended the raise. "We've been losing officers to Tulsa and Oklahoma City for years because we couldn't compete on pay," Whitehorse told KRBT. "This helps us keep good people here."

The Riverbend Fraternal Order of Police Lodge 93 said in a statement that the raise would help the department fill 41 vacant positions.

Councilman T.J. Whitaker, the other no vote, said the council should have considered a temporary increase in the hotel tax instead of cutting library hours.

According to City Manager Hollis Brandt, the budget also includes $2.3 million for street repairs and a hiring freeze for most positions outside public safety.

A spokesperson for Gov. Kristen Larkin said the governor's office had not received any request for emergency assistance from the city.

State Sen. Luis Araujo, D-Riverbend, said on Facebook that he would push for more state library funding during next year's legislative session.

The new budget takes effect July 1.

Copyright 2024 KRBT. All rights reserved.""", [
        Q('"This is not the budget any of us wanted. It\'s the budget we could afford,"', "direct", "Derek Okafor",
          "Derek Okafor"),
        Q("falling sales tax revenue and the end of federal pandemic relief money had left the city facing a $19 "
          "million shortfall", "indirect", "Okafor", "Derek Okafor", speaker_at="Okafor said falling"),
        Q('"a choice, not a necessity."', "partial", "Rosa María Delgado-Whitfield", "Rosa María Delgado-Whitfield"),
        Q('"For a lot of kids on the east side, the library is the only place with free Wi-Fi and air conditioning. '
          'We\'re taking that away from them two days a week,"', "direct", "she", "Rosa María Delgado-Whitfield",
          speaker_at="she said"),
        Q('"sends the wrong message about what keeps a neighborhood safe."', "partial", "Marcus L. Greene",
          "Marcus L. Greene"),
        Q('"We\'ve been losing officers to Tulsa and Oklahoma City for years because we couldn\'t compete on pay,"',
          "direct", "Whitehorse", "Angela Whitehorse", speaker_at="Whitehorse told KRBT"),
        Q('"This helps us keep good people here."', "direct", "Whitehorse", "Angela Whitehorse",
          speaker_at="Whitehorse told KRBT"),
        Q("that the raise would help the department fill 41 vacant positions", "indirect",
          "Riverbend Fraternal Order of Police Lodge 93", "Riverbend Fraternal Order of Police Lodge 93"),
        Q("the council should have considered a temporary increase in the hotel tax instead of cutting library hours",
          "indirect", "T.J. Whitaker", "T.J. Whitaker"),
        Q("the budget also includes $2.3 million for street repairs and a hiring freeze for most positions outside "
          "public safety", "indirect", "Hollis Brandt", "Hollis Brandt"),
        Q("the governor's office had not received any request for emergency assistance from the city", "indirect",
          "A spokesperson for Gov. Kristen Larkin", None),
        Q("that he would push for more state library funding during next year's legislative session", "indirect",
          "Luis Araujo", "Luis Araujo"),
    ], source="blind"),
]
