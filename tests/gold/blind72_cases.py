"""Blind gold set 72: short news articles from many outlets, written once.

Written without looking at the pretagger or at the other gold sets. Wire copy
with datelines, regional papers, curly and straight double quotes and British
single quotes. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind72-inss-fraud", """Ex-INSS officials go on trial over R$90 million pension fraud

Brasília – Four former employees of the National Social Security Institute (INSS) went on trial in federal court in Brasília on Tuesday (14), accused of running a scheme that diverted about R$90 million in retirement benefits to fictitious beneficiaries between 2017 and 2021.

According to the Federal Public Prosecutor's Office, the group created more than 1,300 false records using the identities of dead pensioners and of people who had never held a formal job.

“This was not a mistake in the system. It was the system being turned against the people who depend on it,” prosecutor Renata Albuquerque de Mello told the court in her opening statement.

The defendants include Carlos Eduardo Nogueira Filho, who headed a regional benefits office in Goiás, and Maria das Graças Fonseca Lima, a former data analyst at the institute. All four deny the charges.

Nogueira Filho's lawyer, Rodrigo Bastos Teixeira, argued that his client had only “signed what was put in front of him”. “He is being made a scapegoat for failures that were the responsibility of the institute itself,” Teixeira told reporters outside the courthouse.

Judge Ana Cristina dos Santos Pereira rejected a defence request to postpone the hearings, saying the case had already been delayed for more than two years.

In a note sent to Agência Brasil, the INSS said it had “fully cooperated” with investigators. The institute said that R$31 million had so far been recovered and that biometric checks are now required for all new claims.

The Federal Police, which led the investigation, dubbed Operation Phantom Ledger, said that at least 40 other people are suspected of having lent their bank accounts to the scheme.

Ivone Aparecida Santos, 71, who heads an association of retirees in the satellite city of Ceilândia, said many members had waited months for their own benefits to be approved while the fraud was under way.

“We stood in line for hours, and they were paying ghosts,” she said.

The trial is expected to last three weeks. If convicted, the defendants face up to 12 years in prison for embezzlement and criminal association.""", [
        Q("the group created more than 1,300 false records using the identities of dead pensioners and of people "
          "who had never held a formal job", "indirect", "the Federal Public Prosecutor's Office",
          "Federal Public Prosecutor's Office"),
        Q("“This was not a mistake in the system. It was the system being turned against the people who depend "
          "on it,”", "direct", "Renata Albuquerque de Mello", "Renata Albuquerque de Mello"),
        Q("“signed what was put in front of him”", "partial", "Rodrigo Bastos Teixeira", "Rodrigo Bastos Teixeira"),
        Q("“He is being made a scapegoat for failures that were the responsibility of the institute itself,”",
          "direct", "Teixeira", "Rodrigo Bastos Teixeira", speaker_at="Teixeira told"),
        Q("the case had already been delayed for more than two years", "indirect", "Ana Cristina dos Santos Pereira",
          "Ana Cristina dos Santos Pereira"),
        Q("“fully cooperated”", "partial", "the INSS", "National Social Security Institute"),
        Q("that R$31 million had so far been recovered and that biometric checks are now required for all new "
          "claims", "indirect", "The institute", "National Social Security Institute"),
        Q("that at least 40 other people are suspected of having lent their bank accounts to the scheme", "indirect",
          "The Federal Police", "Federal Police"),
        Q("many members had waited months for their own benefits to be approved while the fraud was under way",
          "indirect", "Ivone Aparecida Santos", "Ivone Aparecida Santos"),
        Q("“We stood in line for hours, and they were paying ghosts,”", "direct", "she", "Ivone Aparecida Santos",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind72-lumpy-skin", """Nghệ An steps up lumpy skin disease controls as outbreaks spread

HÀ NỘI — Veterinary authorities in the central province of Nghệ An have ordered the culling of infected cattle and set up disinfection checkpoints on provincial roads after lumpy skin disease was detected in 14 communes over the past three weeks, the Department of Animal Health said on Monday.

More than 620 cattle and buffaloes have been infected and 47 have died or been culled, according to the department.

Deputy director of the Department of Animal Health Nguyễn Văn Long said the disease was spreading faster than in previous years because hot, humid weather favoured the flies and mosquitoes that carry the virus.

“The priority now is to vaccinate all remaining herds in a ring around each outbreak before the rainy season,” Long said, adding that the ministry had allocated 200,000 doses of vaccine to central provinces.

Vice chairwoman of the Nghệ An People's Committee Hoàng Thị Thu Hằng told a meeting with district officials on Sunday that local authorities must “absolutely not hide outbreaks”. Any suspected case must be reported to veterinary staff within 24 hours, she said.

Farmers in Quỳnh Lưu District, the worst-hit area, said compensation for culled animals was too low. Trần Đình Phúc, who lost three cows last month, told Việt Nam News Agency that each animal had been worth about VNĐ25 million.

“A cow is the biggest asset a family here has. When it dies, we lose a year of work,” he said.

Under current regulations, farmers receive VNĐ38,000 per kilogramme of live weight for animals that are destroyed. Hằng said the province would ask the Ministry of Agriculture and Environment to review the rate.

Lumpy skin disease first appeared in Việt Nam in late 2020 in Cao Bằng Province and spread to more than 50 provinces within a year. The World Organisation for Animal Health says the disease poses no risk to humans but causes heavy losses through lower milk yields, weight loss and damaged hides.

Dr Phạm Minh Tuấn, a lecturer at the Việt Nam National University of Agriculture's Faculty of Veterinary Medicine, said vaccination alone would not be enough.

“Farmers need to spray for insects, clean their sheds every day and keep newly bought animals apart for at least 28 days,” he said. — VNS""", [
        Q("Veterinary authorities in the central province of Nghệ An have ordered the culling of infected cattle and "
          "set up disinfection checkpoints on provincial roads after lumpy skin disease was detected in 14 communes "
          "over the past three weeks", "indirect", "the Department of Animal Health", "Department of Animal Health",
          speaker_at="the Department of Animal Health said"),
        Q("More than 620 cattle and buffaloes have been infected and 47 have died or been culled", "indirect",
          "the department", "Department of Animal Health"),
        Q("the disease was spreading faster than in previous years because hot, humid weather favoured the flies and "
          "mosquitoes that carry the virus", "indirect", "Nguyễn Văn Long", "Nguyễn Văn Long"),
        Q("“The priority now is to vaccinate all remaining herds in a ring around each outbreak before the rainy "
          "season,”", "direct", "Long", "Nguyễn Văn Long", speaker_at="Long said, adding"),
        Q("that the ministry had allocated 200,000 doses of vaccine to central provinces", "indirect", "Long",
          "Nguyễn Văn Long", speaker_at="Long said, adding"),
        Q("“absolutely not hide outbreaks”", "partial", "Hoàng Thị Thu Hằng", "Hoàng Thị Thu Hằng"),
        Q("Any suspected case must be reported to veterinary staff within 24 hours", "indirect", "she",
          "Hoàng Thị Thu Hằng", speaker_at="she said"),
        Q("compensation for culled animals was too low", "indirect", "Farmers in Quỳnh Lưu District", None),
        Q("that each animal had been worth about VNĐ25 million", "indirect", "Trần Đình Phúc", "Trần Đình Phúc"),
        Q("“A cow is the biggest asset a family here has. When it dies, we lose a year of work,”", "direct", "he",
          "Trần Đình Phúc", speaker_at="work,” he said"),
        Q("the province would ask the Ministry of Agriculture and Environment to review the rate", "indirect", "Hằng",
          "Hoàng Thị Thu Hằng", speaker_at="Hằng said"),
        Q("the disease poses no risk to humans but causes heavy losses through lower milk yields, weight loss and "
          "damaged hides", "indirect", "The World Organisation for Animal Health",
          "World Organisation for Animal Health"),
        Q("vaccination alone would not be enough", "indirect", "Phạm Minh Tuấn", "Phạm Minh Tuấn"),
        Q("“Farmers need to spray for insects, clean their sheds every day and keep newly bought animals apart for at "
          "least 28 days,”", "direct", "he", "Phạm Minh Tuấn", speaker_at="days,” he said"),
    ], source="blind"),
    Case("blind72-road-rage", """Van driver on trial accused of ramming cyclist on Yarmouth Road

A van driver deliberately rammed a cyclist off the road after a row at traffic lights on the outskirts of Norwich, prosecutors have told a jury.

Darren Pryke, 44, of Thorpe St Andrew, denies causing grievous bodily harm with intent and dangerous driving following the collision on Yarmouth Road in April last year.

Opening the case at Norwich Crown Court on Monday, prosecutor Helen Ashworth-Clarke said Mr Pryke had become angry when cyclist Tomasz Wiśniewski tapped on his window to complain that the van had cut him up at a junction.

'What happened next was not an accident,' Miss Ashworth-Clarke told the jury. 'The Crown's case is that the defendant followed Mr Wiśniewski for some 300 metres, waited for a gap in the traffic and then steered into him.'

Mr Wiśniewski, a 37-year-old chef who moved to Norfolk from Poland in 2011, suffered a fractured pelvis and spent five weeks at the Norfolk and Norwich University Hospital.

Giving evidence from behind a screen, he said he had heard the engine rev before he was struck. 'I looked over my shoulder and the van was right there,' he said. 'Then I was lying on the pavement and I couldn't feel my legs.'

A witness, bus driver Oluwaseun Adeyemi-Hart, told the court he had seen the van 'swerve sharply to the left' moments before the impact.

Under cross-examination by defence barrister Julian de Souza KC, Mr Adeyemi-Hart accepted he had been about 50 metres away and that his view had been partly blocked by a parked lorry.

Mr de Souza told the jury the prosecution would not be able to prove that his client had intended to hurt anyone. He said Mr Pryke had lost control of the van after Mr Wiśniewski struck its wing mirror with his hand.

'My client panicked,' Mr de Souza said. 'He accepts he should have stopped, and he will tell you so himself.'

The court also heard that Mr Pryke had posted on Facebook later that day that 'some cyclists think they own the road'. The post was deleted two days later, Miss Ashworth-Clarke said.

Judge Katharine Moore told jurors the trial was expected to last four days.

The case continues.""", [
        Q("A van driver deliberately rammed a cyclist off the road after a row at traffic lights on the outskirts of "
          "Norwich", "indirect", "prosecutors", None),
        Q("Mr Pryke had become angry when cyclist Tomasz Wiśniewski tapped on his window to complain that the van had "
          "cut him up at a junction", "indirect", "Helen Ashworth-Clarke", "Helen Ashworth-Clarke"),
        Q("'What happened next was not an accident,'", "direct", "Ashworth-Clarke", "Helen Ashworth-Clarke",
          speaker_at="Ashworth-Clarke told"),
        Q("'The Crown's case is that the defendant followed Mr Wiśniewski for some 300 metres, waited for a gap in "
          "the traffic and then steered into him.'", "direct", "Ashworth-Clarke", "Helen Ashworth-Clarke",
          speaker_at="Ashworth-Clarke told"),
        Q("he had heard the engine rev before he was struck", "indirect", "he", "Tomasz Wiśniewski",
          speaker_at="screen, he said"),
        Q("'I looked over my shoulder and the van was right there,'", "direct", "he", "Tomasz Wiśniewski",
          speaker_at="there,' he said"),
        Q("'Then I was lying on the pavement and I couldn't feel my legs.'", "direct", "he", "Tomasz Wiśniewski",
          speaker_at="there,' he said"),
        Q("'swerve sharply to the left'", "partial", "Oluwaseun Adeyemi-Hart", "Oluwaseun Adeyemi-Hart"),
        Q("he had been about 50 metres away and that his view had been partly blocked by a parked lorry", "indirect",
          "Adeyemi-Hart", "Oluwaseun Adeyemi-Hart", speaker_at="Adeyemi-Hart accepted"),
        Q("the prosecution would not be able to prove that his client had intended to hurt anyone", "indirect",
          "de Souza", "Julian de Souza", speaker_at="Mr de Souza told"),
        Q("Mr Pryke had lost control of the van after Mr Wiśniewski struck its wing mirror with his hand", "indirect",
          "He", "Julian de Souza", speaker_at="He said Mr Pryke"),
        Q("'My client panicked,'", "direct", "de Souza", "Julian de Souza", speaker_at="Mr de Souza said"),
        Q("'He accepts he should have stopped, and he will tell you so himself.'", "direct", "de Souza",
          "Julian de Souza", speaker_at="Mr de Souza said"),
        Q("'some cyclists think they own the road'", "partial", "Pryke", "Darren Pryke",
          speaker_at="Mr Pryke had posted"),
        Q("The post was deleted two days later", "indirect", "Ashworth-Clarke", "Helen Ashworth-Clarke",
          speaker_at="later, Miss Ashworth-Clarke said"),
        Q("the trial was expected to last four days", "indirect", "Katharine Moore", "Katharine Moore"),
    ], source="blind"),
    Case("blind72-sligo-leitrim", """Ó Murchú goal sends Sligo through to Connacht semi-final

Sligo 1-14 Leitrim 1-12

Sligo booked their place in the Connacht SFC semi-final with a hard-earned two-point win over Leitrim in front of 6,200 supporters at Markievicz Park on Sunday.

A late goal from substitute Niall Ó Murchú, who had been on the pitch for barely five minutes, settled a contest that was level on six occasions, and the Tourlestrane clubman was still catching his breath when he spoke to the Sligo Champion afterwards.

‘I just saw the gap and went for it,’ said Ó Murchú. ‘The lads had done all the hard work. I only had to finish it.’

Leitrim led 1-6 to 0-6 at the break after Dónal Ferguson-Reilly pounced on a short kick-out, and they had hit the post twice in the opening quarter.

Sligo manager Ciarán Mac Diarmada admitted his side had ‘ridden our luck’ in the first half.

‘We weren’t at the races for the first 20 minutes,’ he said. ‘But this group doesn’t panic. They kept going and they got their reward.’

Sligo’s free-taking was again a strength, with Paddy O’Hara finishing with 0-7, five of them from placed balls. O’Hara said the squad had been practising frees ‘in the rain, in the dark, every Tuesday night since January’.

Leitrim boss Aidan Breheny was unhappy that a penalty appeal was waved away when Ferguson-Reilly went down under a challenge in the 52nd minute. Asked whether referee Fergal Ó Catháin had got the decision wrong, he replied: ‘You saw it yourself. Everyone in the ground saw it.’

He said his players had ‘emptied themselves’ for the county. Leitrim would regroup for the qualifiers, he added.

A GAA spokesperson confirmed that the Connacht Council would review footage of a second-half melee involving several players from both sides.

Sligo will face Mayo in the semi-final at MacHale Park on May 19.""", [
        Q("‘I just saw the gap and went for it,’", "direct", "Ó Murchú", "Niall Ó Murchú",
          speaker_at="said Ó Murchú"),
        Q("‘The lads had done all the hard work. I only had to finish it.’", "direct", "Ó Murchú", "Niall Ó Murchú",
          speaker_at="said Ó Murchú"),
        Q("‘ridden our luck’", "partial", "Ciarán Mac Diarmada", "Ciarán Mac Diarmada"),
        Q("‘We weren’t at the races for the first 20 minutes,’", "direct", "he", "Ciarán Mac Diarmada",
          speaker_at="minutes,’ he said"),
        Q("‘But this group doesn’t panic. They kept going and they got their reward.’", "direct", "he",
          "Ciarán Mac Diarmada", speaker_at="minutes,’ he said"),
        Q("‘in the rain, in the dark, every Tuesday night since January’", "partial", "O’Hara", "Paddy O’Hara",
          speaker_at="O’Hara said"),
        Q("‘You saw it yourself. Everyone in the ground saw it.’", "direct", "he", "Aidan Breheny",
          speaker_at="he replied"),
        Q("‘emptied themselves’", "partial", "He", "Aidan Breheny", speaker_at="He said his players"),
        Q("Leitrim would regroup for the qualifiers", "indirect", "he", "Aidan Breheny", speaker_at="he added"),
        Q("that the Connacht Council would review footage of a second-half melee involving several players from both "
          "sides", "indirect", "A GAA spokesperson", None),
    ], source="blind"),
    Case("blind72-paramedics", """Paramedics to walk off the job as ambulance pay dispute escalates

Emergency calls will still be answered and crews will attend every life-threatening case when Ballarat paramedics stop work for four hours on Thursday, union secretary Mick Tranter-Nguyen said.

Members of the Victorian Ambulance Union (VAU) voted 87 per cent in favour of industrial action at a meeting at the Ballarat Trades Hall on Monday night, setting up the first strike by ambulance crews in the state in more than a decade.

“No one should be worried about calling triple zero. If your life is at risk, an ambulance will come,” Mr Tranter-Nguyen said.

“What we are stopping is the paperwork, the non-urgent transfers and the unpaid overtime that has been holding this system together.”

He said crews in regional Victoria were routinely held outside emergency departments for hours, a practice known as “ramping”, and that some had worked 16-hour shifts without a proper meal break.

Ballarat paramedic Leanne Fitzgerald-O’Brien, who has worked on the road for 19 years, told The Courier she had never imagined going on strike.

“I love this job, but I’m exhausted, and so is everyone I work with,” she said.

Health Minister Rachel Ong-Whitfield said the government’s offer of a 3 per cent annual rise over four years was “fair and responsible”.

“We value our paramedics enormously, but we have to weigh every pay claim against what Victorians can afford,” the minister said on Tuesday.

Ambulance Victoria said it had “well-established contingency plans” in place. A spokesperson for the service said patients should continue to call triple zero in an emergency and should not delay seeking care.

Shadow health minister Con Papadakis described the strike as “the inevitable result of years of neglect”.

The union says its members want a 15 per cent rise over three years, guaranteed meal breaks and more crews in regional areas. Further stoppages have been pencilled in for later this month, according to the VAU.""", [
        Q("Emergency calls will still be answered and crews will attend every life-threatening case when Ballarat "
          "paramedics stop work for four hours on Thursday", "indirect", "Mick Tranter-Nguyen", "Mick Tranter-Nguyen"),
        Q("“No one should be worried about calling triple zero. If your life is at risk, an ambulance will come,”",
          "direct", "Tranter-Nguyen", "Mick Tranter-Nguyen", speaker_at="Mr Tranter-Nguyen said"),
        Q("“What we are stopping is the paperwork, the non-urgent transfers and the unpaid overtime that has been "
          "holding this system together.”", "direct", "Tranter-Nguyen", "Mick Tranter-Nguyen",
          speaker_at="Mr Tranter-Nguyen said"),
        Q("crews in regional Victoria were routinely held outside emergency departments for hours, a practice known "
          "as “ramping”, and that some had worked 16-hour shifts without a proper meal break", "indirect", "He",
          "Mick Tranter-Nguyen", speaker_at="He said crews"),
        Q("she had never imagined going on strike", "indirect", "Leanne Fitzgerald-O’Brien",
          "Leanne Fitzgerald-O’Brien"),
        Q("“I love this job, but I’m exhausted, and so is everyone I work with,”", "direct", "she",
          "Leanne Fitzgerald-O’Brien", speaker_at="she said"),
        Q("“fair and responsible”", "partial", "Rachel Ong-Whitfield", "Rachel Ong-Whitfield"),
        Q("“We value our paramedics enormously, but we have to weigh every pay claim against what Victorians can "
          "afford,”", "direct", "the minister", "Rachel Ong-Whitfield"),
        Q("“well-established contingency plans”", "partial", "Ambulance Victoria", "Ambulance Victoria",
          speaker_at="Ambulance Victoria said"),
        Q("patients should continue to call triple zero in an emergency and should not delay seeking care",
          "indirect", "A spokesperson for the service", None),
        Q("“the inevitable result of years of neglect”", "partial", "Con Papadakis", "Con Papadakis"),
        Q("its members want a 15 per cent rise over three years, guaranteed meal breaks and more crews in regional "
          "areas", "indirect", "The union", "Victorian Ambulance Union"),
        Q("Further stoppages have been pencilled in for later this month", "indirect", "the VAU",
          "Victorian Ambulance Union"),
    ], source="blind"),
    Case("blind72-solar-farm", """Growers dig in against 120ha solar farm on Heretaunga Plains

A proposal to cover 120 hectares of fertile land near Bridge Pā with solar panels has drawn more than 400 submissions, most of them opposed, ahead of a resource consent hearing next month.

Auckland-based developer SunCrest Energy wants to build a 90-megawatt solar farm on former orchard land off Maraekakaho Rd, enough to power about 20,000 homes.

Fruitgrowers say the plains’ free-draining soils are among the most productive in the country.

Hawke’s Bay Fruitgrowers’ Association president Mere Tūhoe-Karaitiana said the region had already lost hundreds of hectares of orchard to housing and to the damage left by Cyclone Gabrielle.

“Once you drive steel piles into that ground, it is gone for a generation. We can’t eat electricity,” she said.

Some growers felt the best land in the district was being “locked up under glass”, Ms Tūhoe-Karaitiana said.

SunCrest chief executive Pieter van Wyk rejected the suggestion that the land would be lost. Sheep would graze beneath the panels, he said, and the site could be returned to horticulture when the panels reached the end of their 35-year life.

“This is not an either-or. Hawke’s Bay can grow apples and generate clean power on the same land,” Mr van Wyk told Hawke’s Bay Today.

The local hapū trust, Te Whare o Rangi Trust, has lodged a submission raising concerns about stormwater run-off and a wāhi tapu site near the southern boundary. Trust chair Hēmi Walker-Te Huia said the developer had first approached the hapū only after the application was lodged.

“We are not against solar. We are against being an afterthought,” he said.

Hastings District councillor Ana Lemalu-Faleolo called the proposal “the wrong project in the wrong place”, but said the council had no power to decline it simply because it was unpopular.

A Hastings District Council spokeswoman said the application would be heard by independent commissioners because of the level of public interest.

The hearing is due to begin on June 10 at the Hastings War Memorial Centre.""", [
        Q("the plains’ free-draining soils are among the most productive in the country", "indirect", "Fruitgrowers",
          None, speaker_at="Fruitgrowers say"),
        Q("the region had already lost hundreds of hectares of orchard to housing and to the damage left by Cyclone "
          "Gabrielle", "indirect", "Mere Tūhoe-Karaitiana", "Mere Tūhoe-Karaitiana"),
        Q("“Once you drive steel piles into that ground, it is gone for a generation. We can’t eat electricity,”",
          "direct", "she", "Mere Tūhoe-Karaitiana", speaker_at="she said"),
        Q("“locked up under glass”", "partial", "Tūhoe-Karaitiana", "Mere Tūhoe-Karaitiana",
          speaker_at="Ms Tūhoe-Karaitiana said"),
        Q("Sheep would graze beneath the panels", "indirect", "he", "Pieter van Wyk", speaker_at="he said, and"),
        Q("the site could be returned to horticulture when the panels reached the end of their 35-year life",
          "indirect", "he", "Pieter van Wyk", speaker_at="he said, and"),
        Q("“This is not an either-or. Hawke’s Bay can grow apples and generate clean power on the same land,”",
          "direct", "van Wyk", "Pieter van Wyk", speaker_at="Mr van Wyk told"),
        Q("the developer had first approached the hapū only after the application was lodged", "indirect",
          "Hēmi Walker-Te Huia", "Hēmi Walker-Te Huia"),
        Q("“We are not against solar. We are against being an afterthought,”", "direct", "he", "Hēmi Walker-Te Huia",
          speaker_at="afterthought,” he said"),
        Q("“the wrong project in the wrong place”", "partial", "Ana Lemalu-Faleolo", "Ana Lemalu-Faleolo"),
        Q("the council had no power to decline it simply because it was unpopular", "indirect", "Ana Lemalu-Faleolo",
          "Ana Lemalu-Faleolo"),
        Q("the application would be heard by independent commissioners because of the level of public interest",
          "indirect", "A Hastings District Council spokeswoman", None),
    ], source="blind"),
    Case("blind72-mascot-vote", """School board retires 'Braves' mascot at tribal council's request

LANDER, Wyo. — The Popo Agie Valley School District board voted 4-1 on Tuesday night to retire the "Braves" name and mascot used by Sinks Canyon High School since 1958, two weeks after the Sage Creek Tribal Council unanimously passed a resolution asking the district to drop it.

Board President Linda Yazzie-Carrillo said the vote was about "listening to our neighbors, not erasing our history."

"For 60 years we decided what this symbol meant to them. Tonight we finally asked," Yazzie-Carrillo said after the meeting, which drew about 200 people to the school gym.

Tribal Chairman Raymond Whitehorse told the board that Native students had described being taunted by opposing fans at away games. "Our kids should not have to wear a costume of themselves to cheer for their own school," Whitehorse said.

In its resolution, passed 7-0 on Jan. 9, the council called the mascot "a caricature that has outlived whatever good intentions were behind it."

The lone vote against came from board member Dale Kowalczyk, who said the decision should have been put to voters. "I've had more calls on this than on anything in eight years on this board, and most of them want to keep the name," he said.

Several residents who spoke during the two-hour public comment period said the change would cost money the district does not have.

Superintendent Marisol Echeverría-Blake said new uniforms, signs and a gym floor redesign would cost about $85,000, and that the district would apply for a state grant to cover part of it.

State Sen. Ellen Two Bulls-Harper, a Lander Democrat, said she would reintroduce a bill next session requiring schools to consult tribes before using Native names or imagery. "Lander just showed the rest of the state how this can be done with respect," she wrote on social media.

The district said a committee of students, staff and tribal representatives would propose a new name by March. Until then, teams will compete simply as "Sinks Canyon."

The board's next regular meeting is Feb. 11.""", [
        Q('"listening to our neighbors, not erasing our history."', "partial", "Linda Yazzie-Carrillo",
          "Linda Yazzie-Carrillo"),
        Q('"For 60 years we decided what this symbol meant to them. Tonight we finally asked,"', "direct",
          "Yazzie-Carrillo", "Linda Yazzie-Carrillo", speaker_at="Yazzie-Carrillo said after"),
        Q("that Native students had described being taunted by opposing fans at away games", "indirect",
          "Raymond Whitehorse", "Raymond Whitehorse"),
        Q('"Our kids should not have to wear a costume of themselves to cheer for their own school,"', "direct",
          "Whitehorse", "Raymond Whitehorse", speaker_at="Whitehorse said"),
        Q('"a caricature that has outlived whatever good intentions were behind it."', "partial", "the council",
          "Sage Creek Tribal Council", speaker_at="the council called"),
        Q("the decision should have been put to voters", "indirect", "Dale Kowalczyk", "Dale Kowalczyk"),
        Q('"I\'ve had more calls on this than on anything in eight years on this board, and most of them want to keep '
          'the name,"', "direct", "he", "Dale Kowalczyk", speaker_at='name," he said'),
        Q("the change would cost money the district does not have", "indirect", "Several residents", None),
        Q("new uniforms, signs and a gym floor redesign would cost about $85,000, and that the district would apply "
          "for a state grant to cover part of it", "indirect", "Marisol Echeverría-Blake", "Marisol Echeverría-Blake"),
        Q("she would reintroduce a bill next session requiring schools to consult tribes before using Native names or "
          "imagery", "indirect", "Ellen Two Bulls-Harper", "Ellen Two Bulls-Harper"),
        Q('"Lander just showed the rest of the state how this can be done with respect,"', "direct", "she",
          "Ellen Two Bulls-Harper", speaker_at="she wrote"),
        Q("a committee of students, staff and tribal representatives would propose a new name by March", "indirect",
          "The district", "Popo Agie Valley School District"),
    ], source="blind"),
    Case("blind72-lecturers-strike", """Kenya’s public universities paralysed as lecturers’ strike enters third week

NAIROBI — Learning at Kenya’s public universities remained paralysed on Monday as a strike by lecturers entered its third week, with the union rejecting a revised government pay offer and vice-chancellors warning that the academic calendar is now at risk.

The Universities Academic Staff Union (UASU) says the government has failed to implement a 2021–2025 collective bargaining agreement in full, leaving arrears of Ksh7.9 billion unpaid.

“We are not going back to class on promises. We have been living on promises since 2022,” UASU secretary-general Dr Joseph Kiprono Langat told journalists at the University of Nairobi.

Dr Langat said the union’s National Executive Council had unanimously rejected an offer by the Ministry of Education to settle the arrears in four instalments spread over two financial years.

Education Cabinet Secretary Prof Halima Abdi Noor told the Senate Education Committee on Thursday that the Treasury had released Ksh2.7 billion to universities.

“The government is committed to paying every shilling, but we must do it within the means available,” she said. “I appeal to our lecturers to return to class as talks continue.”

Prof Daniel Mwangi Kamau, who chairs the Vice-Chancellors’ Forum, warned that universities might have to push the end of the semester into the long vacation if the strike continued past the end of the month.

Students at Moi University in Eldoret said hostels had been closed and many had been forced to travel home.

“I have paid my fees for this semester and I have not attended a single lecture,” said Wanjiru Muthoni, a third-year engineering student at Jomo Kenyatta University of Agriculture and Technology.

The Kenya Universities Staff Union, which represents non-teaching staff, has also issued a seven-day strike notice, according to its secretary-general, Ibrahim Haji Omar.

The Ministry of Education has asked the Employment and Labour Relations Court to declare the strike unprotected. Langat described the application as “an attempt to intimidate lecturers into silence”.

The court is expected to hear the case on Wednesday.""", [
        Q("the academic calendar is now at risk", "indirect", "vice-chancellors", None),
        Q("the government has failed to implement a 2021–2025 collective bargaining agreement in full, leaving "
          "arrears of Ksh7.9 billion unpaid", "indirect", "The Universities Academic Staff Union",
          "Universities Academic Staff Union"),
        Q("“We are not going back to class on promises. We have been living on promises since 2022,”", "direct",
          "Joseph Kiprono Langat", "Joseph Kiprono Langat"),
        Q("the union’s National Executive Council had unanimously rejected an offer by the Ministry of Education to "
          "settle the arrears in four instalments spread over two financial years", "indirect", "Langat",
          "Joseph Kiprono Langat", speaker_at="Dr Langat said"),
        Q("that the Treasury had released Ksh2.7 billion to universities", "indirect", "Halima Abdi Noor",
          "Halima Abdi Noor"),
        Q("“The government is committed to paying every shilling, but we must do it within the means available,”",
          "direct", "she", "Halima Abdi Noor", speaker_at="she said"),
        Q("“I appeal to our lecturers to return to class as talks continue.”", "direct", "she", "Halima Abdi Noor",
          speaker_at="she said"),
        Q("that universities might have to push the end of the semester into the long vacation if the strike "
          "continued past the end of the month", "indirect", "Daniel Mwangi Kamau", "Daniel Mwangi Kamau"),
        Q("hostels had been closed and many had been forced to travel home", "indirect",
          "Students at Moi University in Eldoret", None),
        Q("“I have paid my fees for this semester and I have not attended a single lecture,”", "direct",
          "Wanjiru Muthoni", "Wanjiru Muthoni"),
        Q("The Kenya Universities Staff Union, which represents non-teaching staff, has also issued a seven-day strike "
          "notice", "indirect", "Ibrahim Haji Omar", "Ibrahim Haji Omar"),
        Q("“an attempt to intimidate lecturers into silence”", "partial", "Langat", "Joseph Kiprono Langat",
          speaker_at="Langat described"),
    ], source="blind"),
    Case("blind72-hepatitis-e", """Hepatitis E: Oyo issues alert as cases rise in Ibadan communities

The Oyo State Government has issued a public health alert following a rise in suspected cases of hepatitis E in three local government areas of Ibadan, the state capital.

The state Commissioner for Health, Dr Olufunmilayo Adeyemi-Bakare, told journalists in Ibadan on Tuesday that 86 suspected cases and four deaths had been recorded since early last month, mostly in Ibadan North-East, Ibadan South-East and Lagelu local government areas.

"Laboratory results from the National Reference Laboratory in Abuja have confirmed hepatitis E in 11 of the samples we sent," she said. "Two of the deaths were pregnant women, and that is why we are particularly worried."

According to the commissioner, rapid response teams have been deployed to the affected communities, where wells and boreholes are being tested.

Hepatitis E is spread mainly through drinking water contaminated with faeces. The World Health Organisation says the infection is usually self-limiting but can be fatal in pregnant women, especially in the third trimester.

The Nigeria Centre for Disease Control and Prevention (NCDC) said it was supporting the state with test kits and epidemiologists. In a statement signed by its head of communications, Mrs Chinwe Okafor-Eze, the agency said there was "no cause for panic".

Residents of Agugu, one of the worst-affected communities, said the public water supply had not run for more than six months, forcing families to rely on shallow wells.

The Baale of Agugu, Chief Rasheed Adisa Olaniyan, said community leaders had written to the Water Corporation of Oyo State three times since last year without a reply.

"We have been crying out about water for years. Now that people are dying, everybody is coming," Chief Olaniyan said.

At Bodija Market, a foodstuff trader, Alhaji Musa Danjuma Bello, said sales of cooked food had fallen sharply since news of the outbreak spread.

Prof. Tokunbo Ajayi-Fashola, a virologist at the University College Hospital (UCH), Ibadan, described the outbreak as "entirely preventable" and called for long-term investment in water and sanitation.

The commissioner said the state government would begin distributing 50,000 sachets of water purification tablets to households in the affected areas from Monday.""", [
        Q("that 86 suspected cases and four deaths had been recorded since early last month, mostly in Ibadan "
          "North-East, Ibadan South-East and Lagelu local government areas", "indirect",
          "Olufunmilayo Adeyemi-Bakare", "Olufunmilayo Adeyemi-Bakare"),
        Q('"Laboratory results from the National Reference Laboratory in Abuja have confirmed hepatitis E in 11 of '
          'the samples we sent,"', "direct", "she", "Olufunmilayo Adeyemi-Bakare", speaker_at="she said"),
        Q('"Two of the deaths were pregnant women, and that is why we are particularly worried."', "direct", "she",
          "Olufunmilayo Adeyemi-Bakare", speaker_at="she said"),
        Q("rapid response teams have been deployed to the affected communities, where wells and boreholes are being "
          "tested", "indirect", "the commissioner", "Olufunmilayo Adeyemi-Bakare"),
        Q("the infection is usually self-limiting but can be fatal in pregnant women, especially in the third "
          "trimester", "indirect", "The World Health Organisation", "World Health Organisation"),
        Q("it was supporting the state with test kits and epidemiologists", "indirect",
          "The Nigeria Centre for Disease Control and Prevention", "Nigeria Centre for Disease Control and Prevention"),
        Q('"no cause for panic"', "partial", "the agency", "Nigeria Centre for Disease Control and Prevention"),
        Q("the public water supply had not run for more than six months, forcing families to rely on shallow wells",
          "indirect", "Residents of Agugu", None),
        Q("community leaders had written to the Water Corporation of Oyo State three times since last year without a "
          "reply", "indirect", "Rasheed Adisa Olaniyan", "Rasheed Adisa Olaniyan"),
        Q('"We have been crying out about water for years. Now that people are dying, everybody is coming,"',
          "direct", "Olaniyan", "Rasheed Adisa Olaniyan", speaker_at="Chief Olaniyan said"),
        Q("sales of cooked food had fallen sharply since news of the outbreak spread", "indirect",
          "Musa Danjuma Bello", "Musa Danjuma Bello"),
        Q('"entirely preventable"', "partial", "Tokunbo Ajayi-Fashola", "Tokunbo Ajayi-Fashola"),
        Q("the state government would begin distributing 50,000 sachets of water purification tablets to households "
          "in the affected areas from Monday", "indirect", "The commissioner", "Olufunmilayo Adeyemi-Bakare"),
    ], source="blind"),
    Case("blind72-lift-plunge", """Three hurt as lift plunges at Bloemfontein government building

Three people were injured, one of them seriously, when a lift at Kgotso House in the Bloemfontein CBD dropped four floors on Wednesday morning, emergency services said.

Mangaung Metro Emergency Services spokesperson Sello Mokoena-Dlamini said the lift, which was carrying four passengers, fell from the sixth floor to the second before its safety brakes engaged.

“It is a miracle nobody was killed. The car stopped between floors and our rescue team had to cut through the roof to get them out,” Mokoena-Dlamini said.

A 52-year-old woman was taken to Universitas Academic Hospital with spinal injuries. Two men were treated for cuts and shock at the scene, while the fourth passenger was unhurt.

One of the passengers, clerk Johan van der Merwe, told the Free State Times he had heard “a loud bang, like something snapping” just before the lift dropped.

“You don’t have time to think. I just grabbed the rail and held on,” he said.

Staff in the building said the lifts had broken down repeatedly in recent months. A union representative, who asked not to be named because he was not authorised to speak to the media, said workers had reported the fault to management “at least five times since January”.

The provincial Department of Public Works and Infrastructure, which manages the building, said it had closed all four lifts pending a full inspection. Departmental spokesperson Ntate Tumelo Ramokhoase said the maintenance contract was “under review”.

MEC for Public Works and Infrastructure Dikeledi Mahlatsi-Nkosi visited the scene in the afternoon and met the injured workers’ colleagues.

“Somebody will be held accountable for this. Our people cannot come to work and wonder whether they will go home,” the MEC said.

Inspectors from the Department of Employment and Labour were also on site, according to provincial labour spokesperson Refiloe Mabaso. She said the department would investigate whether the building’s owner had complied with the Lift, Escalator and Passenger Conveyor Regulations.

Offices in the building will remain closed until Monday.""", [
        Q("Three people were injured, one of them seriously, when a lift at Kgotso House in the Bloemfontein CBD "
          "dropped four floors on Wednesday morning", "indirect", "emergency services", None),
        Q("the lift, which was carrying four passengers, fell from the sixth floor to the second before its safety "
          "brakes engaged", "indirect", "Sello Mokoena-Dlamini", "Sello Mokoena-Dlamini"),
        Q("“It is a miracle nobody was killed. The car stopped between floors and our rescue team had to cut through "
          "the roof to get them out,”", "direct", "Mokoena-Dlamini", "Sello Mokoena-Dlamini",
          speaker_at="out,” Mokoena-Dlamini said"),
        Q("“a loud bang, like something snapping”", "partial", "Johan van der Merwe", "Johan van der Merwe"),
        Q("“You don’t have time to think. I just grabbed the rail and held on,”", "direct", "he",
          "Johan van der Merwe", speaker_at="he said"),
        Q("the lifts had broken down repeatedly in recent months", "indirect", "Staff in the building", None),
        Q("“at least five times since January”", "partial", "A union representative", None),
        Q("it had closed all four lifts pending a full inspection", "indirect",
          "The provincial Department of Public Works and Infrastructure", "Department of Public Works and Infrastructure"),
        Q("“under review”", "partial", "Tumelo Ramokhoase", "Tumelo Ramokhoase"),
        Q("“Somebody will be held accountable for this. Our people cannot come to work and wonder whether they will "
          "go home,”", "direct", "the MEC", "Dikeledi Mahlatsi-Nkosi"),
        Q("Inspectors from the Department of Employment and Labour were also on site", "indirect", "Refiloe Mabaso",
          "Refiloe Mabaso"),
        Q("the department would investigate whether the building’s owner had complied with the Lift, Escalator and "
          "Passenger Conveyor Regulations", "indirect", "She", "Refiloe Mabaso", speaker_at="She said"),
    ], source="blind"),
    Case("blind72-obituary-activist", """Bulawayo mourns MaSibanda, the voice of the western suburbs

BULAWAYO — Veteran residents’ rights activist Thandiwe Ncube-Sibanda, who spent four decades fighting water cuts, evictions and unpaid council pensions in the city’s western suburbs, has died. She was 78.

Her family said she died peacefully at Mpilo Central Hospital on Saturday after a short illness.

Known across Makokoba and Mzilikazi simply as “MaSibanda”, she founded the Bulawayo Residents’ Solidarity Forum (BRSF) in 1989 after organising a boycott of water bills in her street. She was arrested at least a dozen times, most famously in 2008 when she led several hundred women on a march to City Hall carrying empty buckets.

Her son, Mandla Sibanda, told Southern Eye that his mother had never stopped working.

“Even last month she was on the phone to the council about a burst sewer in Njube. She would always say, ‘If we keep quiet, they will think we are happy,’” he said.

Former mayor Japhet Ndlovu-Moyo, who clashed with her often during his time in office, described her as “a one-woman opposition” and said the city was poorer without her.

Rev Siphosami Mahlangu of the Brethren in Christ Church in Lobengula, who will lead the funeral service, said Ncube-Sibanda had “carried the city’s poor on her back”.

Speaking at a memorial gathering at Stanley Hall on Monday, Chief Mtshane Khumalo paid tribute to her courage.

“We have lost a mother. The best way to honour her is to keep knocking on the doors she knocked on,” Chief Khumalo said.

In a statement, the BRSF said its founder had “taught a generation that water is a right, not a favour”.

Born in Plumtree in 1946, Ncube-Sibanda trained as a nurse before moving to Bulawayo in the 1970s. She is survived by three children and nine grandchildren.

She will be buried at West Park Cemetery on Thursday, family spokesperson Nomusa Dube said.""", [
        Q("she died peacefully at Mpilo Central Hospital on Saturday after a short illness", "indirect", "Her family",
          None),
        Q("that his mother had never stopped working", "indirect", "Mandla Sibanda", "Mandla Sibanda"),
        Q("“Even last month she was on the phone to the council about a burst sewer in Njube. She would always say, "
          "‘If we keep quiet, they will think we are happy,’”", "direct", "he", "Mandla Sibanda",
          speaker_at="he said"),
        Q("“a one-woman opposition”", "partial", "Japhet Ndlovu-Moyo", "Japhet Ndlovu-Moyo"),
        Q("the city was poorer without her", "indirect", "Japhet Ndlovu-Moyo", "Japhet Ndlovu-Moyo"),
        Q("“carried the city’s poor on her back”", "partial", "Siphosami Mahlangu", "Siphosami Mahlangu"),
        Q("“We have lost a mother. The best way to honour her is to keep knocking on the doors she knocked on,”",
          "direct", "Khumalo", "Mtshane Khumalo", speaker_at="Chief Khumalo said"),
        Q("“taught a generation that water is a right, not a favour”", "partial", "the BRSF",
          "Bulawayo Residents’ Solidarity Forum"),
        Q("She will be buried at West Park Cemetery on Thursday", "indirect", "Nomusa Dube", "Nomusa Dube"),
    ], source="blind"),
    Case("blind72-polo-open", """Al Reem storm back to win Qatar Polo Open

DOHA: Al Reem Polo came from three goals down to beat Doha Lancers 9-8 in a tense final of the Qatar Polo Open at the Lusail Polo Club on Friday, with Argentine professional Facundo Torres Zavaleta scoring the winner with 40 seconds left on the clock.

Doha Lancers led 6-3 at the end of the third chukka, but Al Reem dominated the second half of the match, levelling at 8-8 through a 30-yard penalty before Torres Zavaleta’s late strike.

“We were not playing our game in the first two chukkas, but the horses were fresh and the boys believed,” said Sheikh Abdulla bin Hamad bin Ali Al Thani, who plays off a two-goal handicap and captained the side.

Torres Zavaleta said the victory was “one of the most special” of his career.

“I have played in Palermo and in England, but to win here, in front of these people, with this team, means a lot,” the 31-year-old said.

Doha Lancers captain Ahmed Al-Kuwari admitted his team had “run out of legs” in the final chukka.

“Credit to them. We will be back next season,” he added.

The Most Valuable Player award went to Dutch-born Thijs van den Berg of Al Reem, who told Qatar Tribune he had “fallen in love with Qatar” since arriving for the season in November. The “Best Playing Pony” prize was awarded to Luna, a 12-year-old Argentine mare ridden by Torres Zavaleta.

Mohammed Jaber Al-Marri, tournament director of the Qatar Polo Association (QPA), said this year’s edition had drawn a record 14 teams from eight countries.

More than 3,000 spectators attended the final, according to the organisers.

The QPA’s spring season continues next month with the Lusail Cup.""", [
        Q("“We were not playing our game in the first two chukkas, but the horses were fresh and the boys believed,”",
          "direct", "Abdulla bin Hamad bin Ali Al Thani", "Abdulla bin Hamad bin Ali Al Thani"),
        Q("“one of the most special”", "partial", "Torres Zavaleta", "Facundo Torres Zavaleta",
          speaker_at="Torres Zavaleta said"),
        Q("“I have played in Palermo and in England, but to win here, in front of these people, with this team, "
          "means a lot,”", "direct", "the 31-year-old", "Facundo Torres Zavaleta"),
        Q("“run out of legs”", "partial", "Ahmed Al-Kuwari", "Ahmed Al-Kuwari"),
        Q("“Credit to them. We will be back next season,”", "direct", "he", "Ahmed Al-Kuwari", speaker_at="he added"),
        Q("“fallen in love with Qatar”", "partial", "Thijs van den Berg", "Thijs van den Berg"),
        Q("this year’s edition had drawn a record 14 teams from eight countries", "indirect",
          "Mohammed Jaber Al-Marri", "Mohammed Jaber Al-Marri"),
        Q("More than 3,000 spectators attended the final", "indirect", "the organisers", None),
    ], source="blind"),
    Case("blind72-food-fest", """Sabah Food Fest draws record crowds to KK waterfront

KOTA KINABALU: More than 60,000 visitors thronged the Sabah Food Fest at the city waterfront over the weekend, the highest turnout since the event was launched in 2016, organisers said.

State Tourism, Culture and Environment Minister Datuk Francis Lojuni, who officiated the closing ceremony on Sunday night, said the three-day festival had generated an estimated RM4.2 million for local traders.

"Food is the easiest way for visitors to understand Sabah. One plate of hinava tells you about the sea, the rice fields and the people," he said.

Lojuni also said the ministry hoped to turn the festival into a week-long event from next year and bring it to Sandakan and Tawau.

Festival director Chong Mei Lin said 180 stalls took part this year, up from 120 last year, with more than half run by first-time vendors from the interior districts.

"We want people to leave with a full stomach and a bag of something from Keningau or Kudat," Chong said.

Tambunan farmer Agnes Jaikul, who sold tuhau relish and bambangan pickle from her family's recipe, said she had sold out by Saturday afternoon.

"I brought 300 bottles. I thought I would be carrying half of them home," said the 46-year-old, laughing.

This year's festival was dedicated to the late Chef Mohd Azlan bin Hamzah, known to diners across the state as "Chef Lan", who died in March aged 58. His signature dish, a sour fish soup made with wild mangoes, was served free to the first 500 visitors on Sunday.

His daughter, Siti Aisyah binti Mohd Azlan, who now runs the family restaurant in Tanjung Aru, said her father would have been "very happy to see the young ones cooking".

Some visitors complained on social media about long queues and a shortage of rubbish bins. Kota Kinabalu City Hall (DBKK) said it would deploy more cleaners and bins at next year's event.""", [
        Q("More than 60,000 visitors thronged the Sabah Food Fest at the city waterfront over the weekend, the highest "
          "turnout since the event was launched in 2016", "indirect", "organisers", None),
        Q("the three-day festival had generated an estimated RM4.2 million for local traders", "indirect",
          "Francis Lojuni", "Francis Lojuni"),
        Q('"Food is the easiest way for visitors to understand Sabah. One plate of hinava tells you about the sea, '
          'the rice fields and the people,"', "direct", "he", "Francis Lojuni", speaker_at='people," he said'),
        Q("the ministry hoped to turn the festival into a week-long event from next year and bring it to Sandakan "
          "and Tawau", "indirect", "Lojuni", "Francis Lojuni", speaker_at="Lojuni also said"),
        Q("180 stalls took part this year, up from 120 last year, with more than half run by first-time vendors from "
          "the interior districts", "indirect", "Chong Mei Lin", "Chong Mei Lin"),
        Q('"We want people to leave with a full stomach and a bag of something from Keningau or Kudat,"', "direct",
          "Chong", "Chong Mei Lin", speaker_at="Chong said"),
        Q("she had sold out by Saturday afternoon", "indirect", "Agnes Jaikul", "Agnes Jaikul"),
        Q('"I brought 300 bottles. I thought I would be carrying half of them home,"', "direct", "the 46-year-old",
          "Agnes Jaikul"),
        Q('"very happy to see the young ones cooking"', "partial", "Siti Aisyah binti Mohd Azlan",
          "Siti Aisyah binti Mohd Azlan"),
        Q("it would deploy more cleaners and bins at next year's event", "indirect", "Kota Kinabalu City Hall",
          "Kota Kinabalu City Hall"),
    ], source="blind"),
    Case("blind72-firecrackers", """23 hurt in firecracker blasts in Negros Occidental; boy, 9, loses fingers

BACOLOD CITY – At least 23 people, most of them children, were injured in firecracker-related incidents in Negros Occidental during the New Year revelry, the Department of Health (DOH) said yesterday.

The most serious case involved a nine-year-old boy from Barangay Taculing who lost three fingers of his right hand after picking up an unexploded "five-star" firecracker, said Dr. Ma. Lourdes Sy-Gonzaga, head of the emergency department of the Corazon Locsin Montelibano Memorial Regional Hospital.

"Parents think that because the firecracker did not go off, it is safe. It is not. Many of our patients were hurt by duds," Sy-Gonzaga said.

Police Lt. Col. Ramon de la Peña Jr., spokesperson of the Negros Occidental Police Provincial Office, said police had confiscated ₱1.3 million worth of illegal firecrackers, including "piccolo" and "Goodbye Philippines," in the week before New Year.

De la Peña said nine people had been arrested for selling prohibited items outside designated zones.

In Barangay Mandalagan, a stray "kwitis" set fire to the roof of the house of tricycle driver Jose "Pepe" Villanueva shortly after midnight, barangay captain Remedios Tan-Alvarez said. Neighbors formed a bucket brigade before firefighters arrived, she said, and no one was hurt.

Fire Officer 2 Leonardo Abelarde of the Bacolod City Fire Station said damage was estimated at ₱150,000.

Provincial Board Member Carmela Yulo-Javellana said she would push for a province-wide ordinance banning the use of firecrackers by private households, similar to one in Davao City.

"We cannot keep counting fingers every January 1," Yulo-Javellana said.

The DOH said the number of injuries in the province was lower than last year's 31, but urged local government units to set up community fireworks displays instead.""", [
        Q("At least 23 people, most of them children, were injured in firecracker-related incidents in Negros "
          "Occidental during the New Year revelry", "indirect", "the Department of Health", "Department of Health"),
        Q('The most serious case involved a nine-year-old boy from Barangay Taculing who lost three fingers of his '
          'right hand after picking up an unexploded "five-star" firecracker', "indirect", "Ma. Lourdes Sy-Gonzaga",
          "Ma. Lourdes Sy-Gonzaga"),
        Q('"Parents think that because the firecracker did not go off, it is safe. It is not. Many of our patients '
          'were hurt by duds,"', "direct", "Sy-Gonzaga", "Ma. Lourdes Sy-Gonzaga", speaker_at="Sy-Gonzaga said"),
        Q('police had confiscated ₱1.3 million worth of illegal firecrackers, including "piccolo" and "Goodbye '
          'Philippines," in the week before New Year', "indirect", "Ramon de la Peña Jr.", "Ramon de la Peña Jr."),
        Q("nine people had been arrested for selling prohibited items outside designated zones", "indirect",
          "De la Peña", "Ramon de la Peña Jr."),
        Q('a stray "kwitis" set fire to the roof of the house of tricycle driver Jose "Pepe" Villanueva shortly after '
          'midnight', "indirect", "Remedios Tan-Alvarez", "Remedios Tan-Alvarez"),
        Q("Neighbors formed a bucket brigade before firefighters arrived", "indirect", "she", "Remedios Tan-Alvarez",
          speaker_at="she said, and"),
        Q("no one was hurt", "indirect", "she", "Remedios Tan-Alvarez", speaker_at="she said, and"),
        Q("damage was estimated at ₱150,000", "indirect", "Leonardo Abelarde", "Leonardo Abelarde"),
        Q("she would push for a province-wide ordinance banning the use of firecrackers by private households, "
          "similar to one in Davao City", "indirect", "Carmela Yulo-Javellana", "Carmela Yulo-Javellana"),
        Q('"We cannot keep counting fingers every January 1,"', "direct", "Yulo-Javellana", "Carmela Yulo-Javellana",
          speaker_at='1," Yulo-Javellana said'),
        Q("the number of injuries in the province was lower than last year's 31", "indirect", "The DOH",
          "Department of Health"),
    ], source="blind"),
    Case("blind72-dust-storm", """Dust storm lashes Quetta and Chagai; two dead, flights suspended

QUETTA: A severe dust storm swept through Quetta and several districts of Balochistan on Tuesday evening, killing at least two people, injuring 17 others and disrupting power and flight operations, officials said.

Winds of up to 85 km/h were recorded in Dalbandin in Chagai district, according to the Pakistan Meteorological Department.

Provincial Disaster Management Authority (PDMA) Director General Mir Faiz Ahmed Rind said a wall had collapsed on a labourer in Quetta’s Sariab Road area, while a boy was killed by a falling signboard in Pishin.

“Our teams are on the ground in all affected districts. The biggest problem right now is the power supply,” Rind said.

The Quetta Electric Supply Company said more than 40 feeders had tripped across the province. A QESCO spokesperson said supply to most of Quetta would be restored by Wednesday night.

Airport officials told The Balochistan Post that visibility at Quetta International Airport had dropped to less than 500 metres, forcing the cancellation of two flights to Karachi and Islamabad.

“The sky turned orange and then black within minutes. We could not see the shop across the road,” said Haji Abdul Wahid Achakzai, a cloth merchant on Jinnah Road.

Dr Shazia Kakar of the Civil Hospital Quetta said 31 people had been treated for breathing problems, most of them children and elderly patients with asthma.

Environmental researcher Gul Bano Marri called the storm “a warning we keep ignoring”. She said dust storms in the province were becoming more frequent as rangelands dried out and groundwater levels fell.

The PMD has forecast more strong winds in Chagai, Nushki and Kharan over the next 48 hours, and the PDMA has advised residents to stay indoors where possible.""", [
        Q("A severe dust storm swept through Quetta and several districts of Balochistan on Tuesday evening, killing "
          "at least two people, injuring 17 others and disrupting power and flight operations", "indirect",
          "officials", None, speaker_at="operations, officials said"),
        Q("Winds of up to 85 km/h were recorded in Dalbandin in Chagai district", "indirect",
          "the Pakistan Meteorological Department", "Pakistan Meteorological Department"),
        Q("a wall had collapsed on a labourer in Quetta’s Sariab Road area, while a boy was killed by a falling "
          "signboard in Pishin", "indirect", "Faiz Ahmed Rind", "Faiz Ahmed Rind"),
        Q("“Our teams are on the ground in all affected districts. The biggest problem right now is the power "
          "supply,”", "direct", "Rind", "Faiz Ahmed Rind", speaker_at="supply,” Rind said"),
        Q("more than 40 feeders had tripped across the province", "indirect", "The Quetta Electric Supply Company",
          "Quetta Electric Supply Company"),
        Q("supply to most of Quetta would be restored by Wednesday night", "indirect", "A QESCO spokesperson", None),
        Q("that visibility at Quetta International Airport had dropped to less than 500 metres, forcing the "
          "cancellation of two flights to Karachi and Islamabad", "indirect", "Airport officials", None),
        Q("“The sky turned orange and then black within minutes. We could not see the shop across the road,”",
          "direct", "Abdul Wahid Achakzai", "Abdul Wahid Achakzai"),
        Q("31 people had been treated for breathing problems, most of them children and elderly patients with "
          "asthma", "indirect", "Shazia Kakar", "Shazia Kakar"),
        Q("“a warning we keep ignoring”", "partial", "Gul Bano Marri", "Gul Bano Marri"),
        Q("dust storms in the province were becoming more frequent as rangelands dried out and groundwater levels "
          "fell", "indirect", "She", "Gul Bano Marri"),
    ], source="blind"),
    Case("blind72-ring-road", """Ring Road widening plan runs into residents' wall

PNS | NEW DELHI

Residents of several South Delhi colonies have threatened to move the Delhi High Court against a proposed widening of a 4.2-km stretch of the Ring Road between Ashram and Moolchand, which they say will require the felling of more than 600 trees and bring traffic within metres of their homes.

The Public Works Department (PWD), which has prepared the Rs 780-crore project under the name "Sugam Path", says the widening is essential to ease one of the city's worst bottlenecks.

"Every morning, over 11,000 vehicles an hour pass this stretch. The road was designed for half that," PWD Minister Rakesh Malhotra told The Pioneer. "We will plant ten trees for every tree that is cut."

Malhotra said the department was willing to look at an elevated option at two junctions if it saved trees.

Col (retd) Harbhajan Singh Dhillon, president of the Lajpat Nagar IV Residents' Welfare Association, said residents had not been consulted before the tree survey began.

"They put numbers on our trees at night. Nobody knocked on a single door," he said. The association has collected over 3,000 signatures against the plan.

Dr Shalini Iyer-Bhattacharya, an urban planner at the School of Planning and Architecture, said widening roads only induced more traffic in the long run.

"It is the oldest lesson in transport planning: build a bigger road, and more cars will come to fill it," she said.

Leader of Opposition in the Assembly Sanjeev Kumar Arora called the project a "contractor-friendly scheme" and demanded the release of the detailed project report.

A senior Forest Department official, who did not wish to be named, said permission to fell the trees had not yet been granted.

The proposal is due to come up before the Unified Traffic and Transportation Infrastructure (Planning and Engineering) Centre (UTTIPEC) on Friday.""", [
        Q("will require the felling of more than 600 trees and bring traffic within metres of their homes", "indirect",
          "they", None, speaker_at="which they say"),
        Q("the widening is essential to ease one of the city's worst bottlenecks", "indirect",
          "The Public Works Department", "Public Works Department"),
        Q('"Every morning, over 11,000 vehicles an hour pass this stretch. The road was designed for half that,"',
          "direct", "Rakesh Malhotra", "Rakesh Malhotra"),
        Q('"We will plant ten trees for every tree that is cut."', "direct", "Rakesh Malhotra", "Rakesh Malhotra"),
        Q("the department was willing to look at an elevated option at two junctions if it saved trees", "indirect",
          "Malhotra", "Rakesh Malhotra", speaker_at="Malhotra said"),
        Q("residents had not been consulted before the tree survey began", "indirect", "Harbhajan Singh Dhillon",
          "Harbhajan Singh Dhillon"),
        Q('"They put numbers on our trees at night. Nobody knocked on a single door,"', "direct", "he",
          "Harbhajan Singh Dhillon", speaker_at='door," he said'),
        Q("widening roads only induced more traffic in the long run", "indirect", "Shalini Iyer-Bhattacharya",
          "Shalini Iyer-Bhattacharya"),
        Q('"It is the oldest lesson in transport planning: build a bigger road, and more cars will come to fill it,"',
          "direct", "she", "Shalini Iyer-Bhattacharya", speaker_at="she said"),
        Q('"contractor-friendly scheme"', "partial", "Sanjeev Kumar Arora", "Sanjeev Kumar Arora"),
        Q("permission to fell the trees had not yet been granted", "indirect", "A senior Forest Department official",
          None),
    ], source="blind"),
]
