"""Blind gold (set 17): short news articles written blind, never tuned on.

Sixteen articles in the house styles of wire services and papers from many
regions (Philippines, South Africa, Vietnam, Australia, New Zealand, Ireland,
England, Scotland, the US, Kenya, Uganda, Nigeria, Namibia, Saudi Arabia,
India, Sri Lanka), with curly double quotes, straight quotes and British single
quotes. Every quote is annotated (direct, partial and indirect) with its
speaker mention and the canonical name of who spoke. Titles, nicknames, names
and scare quotes in marks are not quotes. See gold_format.py for the format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind17-ferry", """9 dead, 14 missing as motorbanca sinks off Romblon

ROMBLON, Philippines — At least nine people were killed and 14 others remain missing after a passenger motorbanca capsized in rough seas off this island province early yesterday, the Philippine Coast Guard said.

The MV Ma. Teresita, carrying 61 passengers and eight crew members, left the port of San Agustin at 4:30 a.m. bound for Odiongan when it was battered by large waves about three nautical miles from shore, according to the PCG.

“The vessel was already listing when the first distress call came in. By the time our rescue boats reached the area, it had gone under,” PCG spokesperson Rear Adm. Noemi de los Reyes told The STAR in a phone interview.

She said 38 passengers had been rescued by coast guard personnel and fishermen from nearby barangays, while the bodies of nine victims, among them two children, had been brought to the municipal hall.

Survivor Maricel Fabros-Dimaculangan, a 34-year-old fish vendor, said she clung to a plastic container for almost two hours before a fishing boat pulled her out of the water.

“I kept thinking of my children. I told myself I could not let go,” she said in Filipino.

Romblon Gov. Ramon Fetalvero Ylagan placed the province under a state of calamity and said the provincial government would shoulder the burial expenses of the victims.

“We grieve with the families. We will not rest until every passenger is accounted for,” Ylagan said.

The Maritime Industry Authority (MARINA) said the motorbanca had a valid permit to operate but should not have been allowed to leave port after state weather bureau PAGASA raised a gale warning on Saturday evening.

“No vessel of that size should be sailing when a gale warning is in effect. That is very clear in our rules,” said MARINA administrator Lourdes Sy-Quimpo, adding that the agency would file charges against the boat’s owner if negligence was proven.

The port manager in San Agustin, who asked not to be named, insisted that the boat had been cleared before the warning reached his office.

At the pier, relatives waited through the night for news. “Nobody is telling us anything,” said one woman whose husband was among the crew. “We only hear rumors.”

The PCG said search and rescue operations would resume at first light today with two vessels and a Navy Islander aircraft.""", [
        Q("At least nine people were killed and 14 others remain missing after a passenger motorbanca capsized in "
          "rough seas off this island province early yesterday", "indirect", "the Philippine Coast Guard",
          "Philippine Coast Guard"),
        Q("The MV Ma. Teresita, carrying 61 passengers and eight crew members, left the port of San Agustin at 4:30 "
          "a.m. bound for Odiongan when it was battered by large waves about three nautical miles from shore",
          "indirect", "the PCG", "Philippine Coast Guard", speaker_at="according to the PCG"),
        Q("“The vessel was already listing when the first distress call came in. By the time our rescue boats "
          "reached the area, it had gone under,”", "direct", "Noemi de los Reyes", "Noemi de los Reyes"),
        Q("38 passengers had been rescued by coast guard personnel and fishermen from nearby barangays, while the "
          "bodies of nine victims, among them two children, had been brought to the municipal hall", "indirect",
          "She", "Noemi de los Reyes", speaker_at="She said 38"),
        Q("she clung to a plastic container for almost two hours before a fishing boat pulled her out of the water",
          "indirect", "Maricel Fabros-Dimaculangan", "Maricel Fabros-Dimaculangan"),
        Q("“I kept thinking of my children. I told myself I could not let go,”", "direct", "she",
          "Maricel Fabros-Dimaculangan", speaker_at="she said in Filipino"),
        Q("the provincial government would shoulder the burial expenses of the victims", "indirect",
          "Ramon Fetalvero Ylagan", "Ramon Fetalvero Ylagan"),
        Q("“We grieve with the families. We will not rest until every passenger is accounted for,”", "direct",
          "Ylagan", "Ramon Fetalvero Ylagan", speaker_at="Ylagan said"),
        Q("the motorbanca had a valid permit to operate but should not have been allowed to leave port after state "
          "weather bureau PAGASA raised a gale warning on Saturday evening", "indirect",
          "The Maritime Industry Authority", "Maritime Industry Authority"),
        Q("“No vessel of that size should be sailing when a gale warning is in effect. That is very clear in our "
          "rules,”", "direct", "Lourdes Sy-Quimpo", "Lourdes Sy-Quimpo"),
        Q("the agency would file charges against the boat’s owner if negligence was proven", "indirect",
          "Lourdes Sy-Quimpo", "Lourdes Sy-Quimpo"),
        Q("the boat had been cleared before the warning reached his office", "indirect",
          "The port manager in San Agustin", None),
        Q("“Nobody is telling us anything,”", "direct", "one woman", None),
        Q("“We only hear rumors.”", "direct", "one woman", None),
        Q("search and rescue operations would resume at first light today with two vessels and a Navy Islander "
          "aircraft", "indirect", "The PCG", "Philippine Coast Guard", speaker_at="The PCG said"),
    ], source="blind"),
    Case("blind17-platinum", """Mhlaba Platinum profit slumps 61% as union threatens strike

JOHANNESBURG, Aug 29 (Reuters) - South Africa's Mhlaba Platinum reported a 61% drop in half-year profit on Thursday as lower metal prices and rising costs bit, and warned that a threatened strike by its biggest union could cut output further.

Headline earnings fell to 1.9 billion rand ($106 million) in the six months to June 30 from 4.9 billion rand a year earlier, the Johannesburg-listed miner said in a statement.

"The basket price has fallen by a third in 18 months, and there is no sign yet of a recovery," chief executive Pieter-Jan van der Westhuizen told reporters on a call. "We have to run these mines as if prices stay where they are."

Van der Westhuizen said the company would defer a planned 3.2 billion rand expansion at its Thembelihle shaft near Rustenburg and had cut about 1,100 contract jobs since January.

The Association of Mineworkers and Construction Union (AMCU), which represents about 60% of Mhlaba's 24,000 workers, on Wednesday gave notice of a strike from Sept. 9 after wage talks deadlocked. The union is demanding a monthly increase of 1,500 rand for entry-level workers, while the company has offered 6%.

"Our members are not going to carry the fall in prices on their backs," AMCU president Sibusiso Mokoena-Dlamini told Reuters. He described the company's offer as "an insult to people who go underground every day".

Van der Westhuizen said a strike would be "damaging for everybody" and urged the union to return to the table.

Analysts were less alarmed. "A short strike actually helps the market at these prices, because it takes metal out of the system," said Thabo Kgosana-Reddy, a mining analyst at Khanyisa Capital in Johannesburg.

Shares in Mhlaba fell 4.2% by 1130 GMT, underperforming a 1.1% drop in the JSE's mining index.

The company did not declare an interim dividend, citing the need to preserve cash. Chief financial officer Ayesha Moosa-Pillay said net debt would peak in the first half of next year before falling as the Thembelihle spending was deferred.

"We have a strong balance sheet, but we are not going to be complacent," she said.

(Reporting by Lerato Mokoena; Editing by Sharon Fielding)""", [
        Q("a threatened strike by its biggest union could cut output further", "indirect", "Mhlaba Platinum",
          "Mhlaba Platinum", speaker_at="South Africa's Mhlaba Platinum"),
        Q("Headline earnings fell to 1.9 billion rand ($106 million) in the six months to June 30 from 4.9 billion "
          "rand a year earlier", "indirect", "the Johannesburg-listed miner", "Mhlaba Platinum"),
        Q('"The basket price has fallen by a third in 18 months, and there is no sign yet of a recovery,"', "direct",
          "Pieter-Jan van der Westhuizen", "Pieter-Jan van der Westhuizen"),
        Q('"We have to run these mines as if prices stay where they are."', "direct",
          "Pieter-Jan van der Westhuizen", "Pieter-Jan van der Westhuizen"),
        Q("the company would defer a planned 3.2 billion rand expansion at its Thembelihle shaft near Rustenburg and "
          "had cut about 1,100 contract jobs since January", "indirect", "Van der Westhuizen",
          "Pieter-Jan van der Westhuizen", speaker_at="Van der Westhuizen said the company"),
        Q('"Our members are not going to carry the fall in prices on their backs,"', "direct",
          "Sibusiso Mokoena-Dlamini", "Sibusiso Mokoena-Dlamini"),
        Q('"an insult to people who go underground every day"', "partial", "He", "Sibusiso Mokoena-Dlamini",
          speaker_at="He described"),
        Q('"damaging for everybody"', "partial", "Van der Westhuizen", "Pieter-Jan van der Westhuizen",
          speaker_at="Van der Westhuizen said a strike"),
        Q('"A short strike actually helps the market at these prices, because it takes metal out of the system,"',
          "direct", "Thabo Kgosana-Reddy", "Thabo Kgosana-Reddy"),
        Q("net debt would peak in the first half of next year before falling as the Thembelihle spending was "
          "deferred", "indirect", "Ayesha Moosa-Pillay", "Ayesha Moosa-Pillay"),
        Q('"We have a strong balance sheet, but we are not going to be complacent,"', "direct", "she",
          "Ayesha Moosa-Pillay", speaker_at="she said"),
    ], source="blind"),
    Case("blind17-floods", """Floods kill 11 in central Vietnam as rivers break 2020 records

Floods triggered by three days of torrential rain have killed 11 people and left four missing in Quang Binh, Quang Tri and Ha Tinh, with water in some areas rising above the levels of the historic 2020 floods.

The Vietnam Disaster and Dyke Management Authority said on Monday morning that more than 46,000 houses had been flooded and 21,000 people evacuated, most of them in Quang Binh's Le Thuy District.

Rainfall in Le Thuy reached 720 mm between Friday night and Sunday evening, according to the National Center for Hydro-Meteorological Forecasting. The Kien Giang River crested at 4.52 m at the Le Thuy station on Sunday afternoon, 0.2 m above its 2020 peak.

"The water came up faster than anyone expected. At midnight it was at my knees, by 3 a.m. we were on the roof," said Tran Thi Hoa, 52, of An Thuy Commune. She said her family of six had waited nine hours before a rescue boat reached them.

Nguyen Van Thanh, deputy chairman of the Quang Binh People's Committee, said the province had mobilized more than 3,000 soldiers, police officers and militia members, along with 120 boats, to move people to safety.

"Our priority now is to reach the villages that are still cut off and bring them food and clean water," Thanh said. He added that several sections of National Highway 1A remained submerged and traffic had been diverted onto the Ho Chi Minh Road.

Among the dead were two brothers, aged 9 and 12, who were swept away while crossing a flooded field in Quang Tri's Hai Lang District, local authorities said.

Deputy Prime Minister Phan Quoc Dung, who inspected Le Thuy on Sunday, asked ministries to release rice from national reserves and said "no family should go hungry because of this flood."

Residents in Le Thuy said most of the winter-spring rice seedlings prepared for the coming crop had been washed away.

Vu Thi Minh Nguyet, a forecaster at the national center, told VnExpress the rain would ease from Tuesday, but a new cold air mass could bring another spell of heavy rain to the central region at the end of the week.

"People should not return home too early. The rivers will take several days to go down," Nguyet said.""", [
        Q("more than 46,000 houses had been flooded and 21,000 people evacuated, most of them in Quang Binh's Le Thuy "
          "District", "indirect", "The Vietnam Disaster and Dyke Management Authority",
          "Vietnam Disaster and Dyke Management Authority"),
        Q("Rainfall in Le Thuy reached 720 mm between Friday night and Sunday evening", "indirect",
          "the National Center for Hydro-Meteorological Forecasting",
          "National Center for Hydro-Meteorological Forecasting"),
        Q('"The water came up faster than anyone expected. At midnight it was at my knees, by 3 a.m. we were on the '
          'roof,"', "direct", "Tran Thi Hoa", "Tran Thi Hoa"),
        Q("her family of six had waited nine hours before a rescue boat reached them", "indirect", "She",
          "Tran Thi Hoa", speaker_at="She said her family"),
        Q("the province had mobilized more than 3,000 soldiers, police officers and militia members, along with 120 "
          "boats, to move people to safety", "indirect", "Nguyen Van Thanh", "Nguyen Van Thanh"),
        Q('"Our priority now is to reach the villages that are still cut off and bring them food and clean water,"',
          "direct", "Thanh", "Nguyen Van Thanh", speaker_at="Thanh said"),
        Q("several sections of National Highway 1A remained submerged and traffic had been diverted onto the Ho Chi "
          "Minh Road", "indirect", "He", "Nguyen Van Thanh", speaker_at="He added"),
        Q("Among the dead were two brothers, aged 9 and 12, who were swept away while crossing a flooded field in "
          "Quang Tri's Hai Lang District", "indirect", "local authorities", None),
        Q('"no family should go hungry because of this flood."', "partial", "Phan Quoc Dung", "Phan Quoc Dung"),
        Q("most of the winter-spring rice seedlings prepared for the coming crop had been washed away", "indirect",
          "Residents in Le Thuy", None),
        Q("the rain would ease from Tuesday, but a new cold air mass could bring another spell of heavy rain to the "
          "central region at the end of the week", "indirect", "Vu Thi Minh Nguyet", "Vu Thi Minh Nguyet"),
        Q('"People should not return home too early. The rivers will take several days to go down,"', "direct",
          "Nguyet", "Vu Thi Minh Nguyet", speaker_at="Nguyet said"),
    ], source="blind"),
    Case("blind17-bunker", """Tigers coach fumes over bunker call as Sharks steal late win

Kieran Mulitalo has launched an extraordinary spray at the NRL bunker after Cronulla scored a contentious try with 47 seconds left on the clock to beat his Wests Tigers 20-18 at Leichhardt Oval on Sunday.

With the Tigers clinging to a two-point lead, Sharks centre Siosaia Fifita-Vake appeared to lose the ball as he stretched out to score in the corner, but the bunker awarded the try and Brayden Ingram-Watts converted from the sideline.

“I’ve watched it 20 times and I still can’t see how that’s a try,” Mulitalo said. “The ball is clearly out of his hands before it hits the ground. If that’s the standard now, somebody needs to tell us.”

The Tigers coach, who was fined $20,000 for criticising referees last season, said he was prepared to cop another sanction.

“They can fine me again. I’ll pay it,” he said.

Asked whether he would write to the NRL, Mulitalo said: “What’s the point?”

NRL head of football Peter Nguyen-Matthews said the decision would be reviewed as part of the league’s usual Monday briefing.

Fifita-Vake insisted he had scored. “I felt the ball under my fingers the whole way,” the 23-year-old said. “I was never in doubt.”

Sharks coach Darren Peachey-Lowe conceded his side had “got out of jail” after a sluggish first half in which they trailed 14-6.

“We were nowhere near our best, and we know it,” he said. “But good sides find a way, and that’s what we did.”

Tigers captain Luke Brooks-Garner, who scored the home side’s second try, said the dressing room was “shattered”.

“We put so much into that,” Brooks-Garner said. “To lose it like that, on a decision like that — it hurts.”

The loss leaves the Tigers 15th on the ladder, four points outside the top eight, with a trip to Townsville to face the Cowboys next Saturday.""", [
        Q("“I’ve watched it 20 times and I still can’t see how that’s a try,”", "direct", "Mulitalo",
          "Kieran Mulitalo", speaker_at="Mulitalo said."),
        Q("“The ball is clearly out of his hands before it hits the ground. If that’s the standard now, somebody needs "
          "to tell us.”", "direct", "Mulitalo", "Kieran Mulitalo", speaker_at="Mulitalo said."),
        Q("he was prepared to cop another sanction", "indirect", "The Tigers coach", "Kieran Mulitalo"),
        Q("“They can fine me again. I’ll pay it,”", "direct", "he", "Kieran Mulitalo",
          speaker_at="pay it,” he said"),
        Q("“What’s the point?”", "direct", "Mulitalo", "Kieran Mulitalo", speaker_at="Mulitalo said:"),
        Q("the decision would be reviewed as part of the league’s usual Monday briefing", "indirect",
          "Peter Nguyen-Matthews", "Peter Nguyen-Matthews"),
        Q("he had scored", "indirect", "Fifita-Vake", "Siosaia Fifita-Vake", at="insisted he had scored",
          speaker_at="Fifita-Vake insisted"),
        Q("“I felt the ball under my fingers the whole way,”", "direct", "the 23-year-old", "Siosaia Fifita-Vake"),
        Q("“I was never in doubt.”", "direct", "the 23-year-old", "Siosaia Fifita-Vake"),
        Q("“got out of jail”", "partial", "Darren Peachey-Lowe", "Darren Peachey-Lowe"),
        Q("“We were nowhere near our best, and we know it,”", "direct", "he", "Darren Peachey-Lowe",
          speaker_at="know it,” he said"),
        Q("“But good sides find a way, and that’s what we did.”", "direct", "he", "Darren Peachey-Lowe",
          speaker_at="know it,” he said"),
        Q("“shattered”", "partial", "Luke Brooks-Garner", "Luke Brooks-Garner"),
        Q("“We put so much into that,”", "direct", "Brooks-Garner", "Luke Brooks-Garner",
          speaker_at="Brooks-Garner said"),
        Q("“To lose it like that, on a decision like that — it hurts.”", "direct", "Brooks-Garner",
          "Luke Brooks-Garner", speaker_at="Brooks-Garner said"),
    ], source="blind"),
    Case("blind17-scaffold", """Manslaughter trial hears of warnings before apprentice’s fatal fall

The director of a Christchurch scaffolding company was warned at least three times that a platform had no guardrails before a teenage apprentice fell nine metres to his death, a Crown prosecutor has told the High Court.

Grant Oakley-Tipene, 54, has pleaded not guilty to the manslaughter of 19-year-old Tama Rewiti-Hohaia, who fell from the fourth level of scaffolding at a Riccarton Rd building site on March 14, 2023, and died in hospital two days later.

Opening the Crown case on Monday, prosecutor Anjali Raman-Clarke told the jury of eight women and four men that Oakley-Tipene had been told about the missing rails by his foreman, by a subcontractor and by a WorkSafe inspector who visited the site a week before the fall.

“This was not a freak accident. It was a death waiting to happen, and the accused knew it,” Raman-Clarke said.

Foreman Dmitri Kowalczyk, the Crown’s first witness, said he had texted the director on the morning of the fall because he was “not happy putting the boys up there”.

“I told Grant the top lift still had no rails. He said he’d sort it after smoko,” Kowalczyk said.

Under cross-examination, defence lawyer Hemi Parata-Walsh put it to Kowalczyk that, as foreman, he had the authority to stop work himself.

“You could have told them all to come down, couldn’t you?” Parata-Walsh asked.

“I could have. I wish I had,” Kowalczyk replied.

In his own opening, Parata-Walsh told the jury his client accepted the death was a tragedy but denied that it was caused by any gross negligence on his part.

“Mr Oakley-Tipene has lived with this every single day since,” he said.

Justice Rachel Harland told jurors the trial was expected to last three weeks and warned them not to let sympathy for the young man’s family influence their verdict.

“Your task is to decide this case on the evidence, and only on the evidence,” she said.

Rewiti-Hohaia’s mother, Mere Rewiti, and several members of his whānau sat in the public gallery throughout the first day.

The trial continues.""", [
        Q("The director of a Christchurch scaffolding company was warned at least three times that a platform had no "
          "guardrails before a teenage apprentice fell nine metres to his death", "indirect", "a Crown prosecutor",
          "Anjali Raman-Clarke"),
        Q("Oakley-Tipene had been told about the missing rails by his foreman, by a subcontractor and by a WorkSafe "
          "inspector who visited the site a week before the fall", "indirect", "Anjali Raman-Clarke",
          "Anjali Raman-Clarke"),
        Q("“This was not a freak accident. It was a death waiting to happen, and the accused knew it,”", "direct",
          "Raman-Clarke", "Anjali Raman-Clarke", speaker_at="Raman-Clarke said"),
        Q("“not happy putting the boys up there”", "partial", "Dmitri Kowalczyk", "Dmitri Kowalczyk"),
        Q("“I told Grant the top lift still had no rails. He said he’d sort it after smoko,”", "direct",
          "Kowalczyk", "Dmitri Kowalczyk", speaker_at="Kowalczyk said"),
        Q("as foreman, he had the authority to stop work himself", "indirect", "Hemi Parata-Walsh",
          "Hemi Parata-Walsh"),
        Q("“You could have told them all to come down, couldn’t you?”", "direct", "Parata-Walsh",
          "Hemi Parata-Walsh", speaker_at="Parata-Walsh asked"),
        Q("“I could have. I wish I had,”", "direct", "Kowalczyk", "Dmitri Kowalczyk",
          speaker_at="Kowalczyk replied"),
        Q("his client accepted the death was a tragedy but denied that it was caused by any gross negligence on his "
          "part", "indirect", "Parata-Walsh", "Hemi Parata-Walsh", speaker_at="Parata-Walsh told"),
        Q("“Mr Oakley-Tipene has lived with this every single day since,”", "direct", "he", "Hemi Parata-Walsh",
          speaker_at="since,” he said"),
        Q("the trial was expected to last three weeks", "indirect", "Rachel Harland", "Rachel Harland"),
        Q("“Your task is to decide this case on the evidence, and only on the evidence,”", "direct", "she",
          "Rachel Harland", speaker_at="she said"),
    ], source="blind"),
    Case("blind17-judge", """Tributes paid to former Supreme Court judge Máire Ní Chonaill

Tributes have been paid to Máire Ní Chonaill, the Kerry-born barrister who became one of the first women to sit on the Supreme Court, following her death at the age of 84.

Ms Justice Ní Chonaill died peacefully at Marymount University Hospital in Cork on Tuesday, surrounded by her family, a family statement said.

Born in Cahersiveen in 1940, she studied law at University College Cork before being called to the Bar in 1963. She was appointed to the High Court in 1991 and elevated to the Supreme Court eight years later, serving until her retirement in 2010.

Chief Justice Caoimhín Mac Giolla Rua described her as “a judge of formidable intellect and quiet courage” whose judgments on family law and the rights of the child “changed the lives of people who never knew her name”.

“She had a rare ability to see the person behind every file,” he said. “Generations of lawyers learned from her, often without realising it.”

Minister for Justice Aoife Ní Riada-Byrne said Ms Justice Ní Chonaill had been “a trailblazer in every sense”, adding that her 1996 judgment in the so-called ‘Ward of Court’ case was still required reading in law schools.

Prof Owen McSweeney-Daly, dean of law at UCC, told the Irish Examiner that she had returned to the college every spring to lecture final-year students long after her retirement.

“She never lost her Kerry accent, and she never lost her temper,” he recalled. “The students adored her.”

The chair of the Bar of Ireland, Róisín Fitzgerald SC, said the profession had lost “one of its great figures”.

Outside the law, Ms Justice Ní Chonaill was a fine sean-nós singer and a lifelong supporter of Kerry GAA. Her nephew, Fr Pádraig Ó Conaill, said the family had been overwhelmed by messages of sympathy from around the country.

“She would have been mortified by all the fuss,” he said.

She is survived by her husband, Dr Tomás Breathnach, her children Eoin and Síle, and six grandchildren. Funeral Mass will take place at St Mary’s Cathedral, Killarney, on Saturday.""", [
        Q("Ms Justice Ní Chonaill died peacefully at Marymount University Hospital in Cork on Tuesday, surrounded by "
          "her family", "indirect", "a family statement", None),
        Q("“a judge of formidable intellect and quiet courage”", "partial", "Caoimhín Mac Giolla Rua",
          "Caoimhín Mac Giolla Rua"),
        Q("“changed the lives of people who never knew her name”", "partial", "Caoimhín Mac Giolla Rua",
          "Caoimhín Mac Giolla Rua"),
        Q("“She had a rare ability to see the person behind every file,”", "direct", "he", "Caoimhín Mac Giolla Rua",
          speaker_at="file,” he said"),
        Q("“Generations of lawyers learned from her, often without realising it.”", "direct", "he",
          "Caoimhín Mac Giolla Rua", speaker_at="file,” he said"),
        Q("“a trailblazer in every sense”", "partial", "Aoife Ní Riada-Byrne", "Aoife Ní Riada-Byrne"),
        Q("her 1996 judgment in the so-called ‘Ward of Court’ case was still required reading in law schools",
          "indirect", "Aoife Ní Riada-Byrne", "Aoife Ní Riada-Byrne"),
        Q("she had returned to the college every spring to lecture final-year students long after her retirement",
          "indirect", "Owen McSweeney-Daly", "Owen McSweeney-Daly"),
        Q("“She never lost her Kerry accent, and she never lost her temper,”", "direct", "he", "Owen McSweeney-Daly",
          speaker_at="he recalled"),
        Q("“The students adored her.”", "direct", "he", "Owen McSweeney-Daly", speaker_at="he recalled"),
        Q("“one of its great figures”", "partial", "Róisín Fitzgerald", "Róisín Fitzgerald"),
        Q("the family had been overwhelmed by messages of sympathy from around the country", "indirect",
          "Pádraig Ó Conaill", "Pádraig Ó Conaill"),
        Q("“She would have been mortified by all the fuss,”", "direct", "he", "Pádraig Ó Conaill",
          speaker_at="fuss,” he said"),
    ], source="blind"),
    Case("blind17-appeal", """Inspector overturns refusal of 180 homes near Darlington village

Plans for 180 homes on farmland on the edge of a village near Darlington have been approved on appeal, despite fierce opposition from residents and the borough council.

Darlington Borough Council refused planning permission for the scheme at Middleton St George last year, saying it would 'swamp' the village and put unacceptable pressure on its primary school and roads.

But a planning inspector appointed by the Secretary of State has now allowed an appeal by developer Thornbeck Homes against that decision.

In her decision letter, inspector Helen Oduya-Marsh said the benefits of the scheme, including 54 affordable homes, 'clearly outweigh' the harm to the character of the area, a stretch of farmland known locally as 'the Long Field'.

She added: 'The council has not been able to point to any realistic prospect of the shortfall in its housing land supply being made up in the near future.'

Councillor Pauline Ketteringham-Shaw, the council's cabinet member for economy, said the authority was 'deeply disappointed' by the decision. She said officers would now consider whether there were grounds for a legal challenge in the High Court.

'Residents have been let down by a system that treats villages like ours as numbers on a spreadsheet,' she said.

Anita Kaur-Bains, of the Save Our Fields campaign group, said more than 1,200 people had lodged objections, more than the number of homes in the village.

'We said "no" loud and clear, and it counted for nothing,' she said. 'People here feel completely ignored.'

Thornbeck Homes' land director, Richard Ogunbiyi-Lamb, welcomed the ruling.

'We are pleased the inspector has recognised the urgent need for new homes in Darlington, and we look forward to working with the community,' he said.

He said work could start on site next spring, with the first families moving in during 2026.

As part of the approval, the developer will pay £1.1m towards a new classroom at Middleton St George Primary School and improvements to the junction with the A67.""", [
        Q("'swamp'", "partial", "Darlington Borough Council", "Darlington Borough Council"),
        Q("'clearly outweigh'", "partial", "Helen Oduya-Marsh", "Helen Oduya-Marsh"),
        Q("'The council has not been able to point to any realistic prospect of the shortfall in its housing land "
          "supply being made up in the near future.'", "direct", "She", "Helen Oduya-Marsh", speaker_at="She added"),
        Q("'deeply disappointed'", "partial", "Pauline Ketteringham-Shaw", "Pauline Ketteringham-Shaw"),
        Q("officers would now consider whether there were grounds for a legal challenge in the High Court",
          "indirect", "She", "Pauline Ketteringham-Shaw", speaker_at="She said officers"),
        Q("'Residents have been let down by a system that treats villages like ours as numbers on a spreadsheet,'",
          "direct", "she", "Pauline Ketteringham-Shaw", speaker_at="spreadsheet,' she said"),
        Q("more than 1,200 people had lodged objections, more than the number of homes in the village", "indirect",
          "Anita Kaur-Bains", "Anita Kaur-Bains"),
        Q("'We said \"no\" loud and clear, and it counted for nothing,'", "direct", "she", "Anita Kaur-Bains",
          speaker_at="nothing,' she said"),
        Q("'People here feel completely ignored.'", "direct", "she", "Anita Kaur-Bains",
          speaker_at="nothing,' she said"),
        Q("'We are pleased the inspector has recognised the urgent need for new homes in Darlington, and we look "
          "forward to working with the community,'", "direct", "he", "Richard Ogunbiyi-Lamb",
          speaker_at="community,' he said"),
        Q("work could start on site next spring, with the first families moving in during 2026", "indirect", "He",
          "Richard Ogunbiyi-Lamb", speaker_at="He said work"),
    ], source="blind"),
    Case("blind17-fife", """Fife by-election win leaves council leadership on a knife-edge

Scottish Labour has won a crucial council by-election in Kirkcaldy, leaving the SNP's minority administration in Fife fighting to hold on to power.

Labour's Nadia Qureshi-Kerr took the Kirkcaldy East ward with 2,114 first-preference votes, ahead of the SNP's Callum MacLeod-Reid on 1,687, on a turnout of just 24.6 per cent. The by-election was called after the death of long-serving SNP councillor Jim Gourlay in August.

The result means the SNP and Labour now hold 34 seats each on the 75-member council, with the six Liberal Democrat councillors and one Conservative holding the balance of power.

Speaking at the count in Glenrothes, Ms Qureshi-Kerr said: 'People in Kirkcaldy East have sent a clear message that they want change, and I intend to deliver it.'

Alex Bonthrone-Ferguson, leader of the Labour group, said talks had already begun with the Liberal Democrats about forming a new administration before the council's budget is set in February.

'Our door is open. We want a stable council that gets on with the job,' he said.

But SNP council leader Ewan Grant-Sinclair insisted his group remained 'the largest and most experienced' in the chamber and warned against what he called a 'backroom stitch-up' between the two opposition parties.

Liberal Democrat group leader Dr Aileen Nakamura-Boyd said her councillors would 'talk to anyone' but would not be rushed into a deal.

'We will look at budgets, at priorities, at who can actually deliver for Fife. Then we will decide,' she told The Scotsman.

Professor Kenji Watanabe-Reid, a political scientist at the University of St Andrews, said the result reflected a wider swing from the SNP to Labour across central Scotland.

'Low-turnout by-elections can be misleading, but this fits a pattern we have seen since the general election,' he said.

A spokesman for the SNP said: 'This was a hard-fought contest in difficult circumstances, and we thank everyone who voted for Callum.'

A full council meeting to elect a leader is expected later this month.""", [
        Q("'People in Kirkcaldy East have sent a clear message that they want change, and I intend to deliver it.'",
          "direct", "Qureshi-Kerr", "Nadia Qureshi-Kerr", speaker_at="Ms Qureshi-Kerr said"),
        Q("talks had already begun with the Liberal Democrats about forming a new administration before the "
          "council's budget is set in February", "indirect", "Alex Bonthrone-Ferguson", "Alex Bonthrone-Ferguson"),
        Q("'Our door is open. We want a stable council that gets on with the job,'", "direct", "he",
          "Alex Bonthrone-Ferguson", speaker_at="job,' he said"),
        Q("'the largest and most experienced'", "partial", "Ewan Grant-Sinclair", "Ewan Grant-Sinclair"),
        Q("'backroom stitch-up'", "partial", "he", "Ewan Grant-Sinclair", speaker_at="what he called"),
        Q("'talk to anyone'", "partial", "Aileen Nakamura-Boyd", "Aileen Nakamura-Boyd"),
        Q("'We will look at budgets, at priorities, at who can actually deliver for Fife. Then we will decide,'",
          "direct", "she", "Aileen Nakamura-Boyd", speaker_at="she told"),
        Q("the result reflected a wider swing from the SNP to Labour across central Scotland", "indirect",
          "Kenji Watanabe-Reid", "Kenji Watanabe-Reid"),
        Q("'Low-turnout by-elections can be misleading, but this fits a pattern we have seen since the general "
          "election,'", "direct", "he", "Kenji Watanabe-Reid", speaker_at="election,' he said"),
        Q("'This was a hard-fought contest in difficult circumstances, and we thank everyone who voted for Callum.'",
          "direct", "A spokesman for the SNP", None),
    ], source="blind"),
    Case("blind17-poet", """Marisol Echeverría-Lund, poet who taught a generation at Iowa, dies at 79

Marisol Echeverría-Lund, a poet whose spare, bilingual verse about farmworkers and river towns won the National Book Critics Circle Award and who taught for three decades at the University of Iowa, died Sunday at her home in Iowa City. She was 79.

Her son, Tomas Lund, said the cause was complications of pancreatic cancer.

Born in 1945 in Eagle Pass, Texas, to a Mexican-born mother and a Norwegian-American father, Echeverría-Lund published nine collections, beginning with "Salt Cedar" in 1972. Her 1991 book "The Orchard Ledger," a sequence of poems in the voices of apple pickers in Washington state, won the NBCC award for poetry and was a finalist for the Pulitzer Prize.

She joined the faculty of the Iowa Writers' Workshop in 1983 and retired in 2014.

"She was the most exacting reader I ever had. She would circle one word on a page and write 'earn this' in the margin, and you would spend a week trying to," said Daniel Okonkwo-Pratt, a former student who now directs the creative writing program at the University of Michigan.

University President Lionel Haddad-Farrow said in a statement that Echeverría-Lund had "shaped the literary life of this university and this city for a generation."

In Iowa City she was known as much for her Saturday morning readings at Prairie Lights bookstore as for her books. Store manager Priya Venkatesan-Holt said the poet had read there more than 200 times over 30 years.

"She never once read from her own books. It was always someone younger, someone she thought people should hear," Venkatesan-Holt said.

In a 2009 interview with The Paris Review, Echeverría-Lund described poetry as "the slowest news there is." She said she wrote every morning before sunrise, "because that's when the fields are quiet, even here."

Mayor Teresa Kowalski-Brandt said flags at City Hall would fly at half-staff on Friday, the day of a public memorial reading at the Englert Theatre.

Echeverría-Lund is survived by her son; a daughter, Ingrid Echeverría of Minneapolis; and four grandchildren. Her husband, the sculptor Erik Lund, died in 2008.""", [
        Q("the cause was complications of pancreatic cancer", "indirect", "Tomas Lund", "Tomas Lund"),
        Q("\"She was the most exacting reader I ever had. She would circle one word on a page and write 'earn this' "
          "in the margin, and you would spend a week trying to,\"", "direct", "Daniel Okonkwo-Pratt",
          "Daniel Okonkwo-Pratt"),
        Q('"shaped the literary life of this university and this city for a generation."', "partial",
          "Lionel Haddad-Farrow", "Lionel Haddad-Farrow"),
        Q("the poet had read there more than 200 times over 30 years", "indirect", "Priya Venkatesan-Holt",
          "Priya Venkatesan-Holt"),
        Q('"She never once read from her own books. It was always someone younger, someone she thought people '
          'should hear,"', "direct", "Venkatesan-Holt", "Priya Venkatesan-Holt", speaker_at='hear," Venkatesan-Holt said'),
        Q('"the slowest news there is."', "partial", "Echeverría-Lund", "Marisol Echeverría-Lund",
          speaker_at="Echeverría-Lund described"),
        Q("she wrote every morning before sunrise", "indirect", "She", "Marisol Echeverría-Lund",
          speaker_at="She said she wrote"),
        Q("\"because that's when the fields are quiet, even here.\"", "partial", "She", "Marisol Echeverría-Lund",
          speaker_at="She said she wrote"),
        Q("flags at City Hall would fly at half-staff on Friday, the day of a public memorial reading at the Englert "
          "Theatre", "indirect", "Teresa Kowalski-Brandt", "Teresa Kowalski-Brandt"),
    ], source="blind"),
    Case("blind17-nurses", """Patients stranded as nurses down tools in Kisumu

Hundreds of patients were turned away from public hospitals in Kisumu County yesterday as nurses began an indefinite strike over delayed salaries and stalled promotions.

At Jaramogi Oginga Odinga Teaching and Referral Hospital, the county’s largest, wards were manned by a handful of interns and clinical officers, while the outpatient department was closed by mid-morning.

Kenya National Union of Nurses (KNUN) Kisumu branch secretary Moses Ng’ang’a Odera said nurses had gone two months without pay and that more than 400 had not been promoted in seven years despite a 2021 agreement with the county.

“We have been patient. We have written letters, we have attended meetings, and we have been given promises. Today our members have said enough is enough,” Mr Odera told the Nation.

He said the strike would continue until all arrears were paid and a return-to-work formula was signed.

But county Health executive Dr Fredrick Oketch Aduda said the county had released Sh86 million on Monday to clear July salaries and accused the union of “moving the goalposts”.

“The money is in the banks. By Friday every nurse will have been paid for July,” Dr Aduda said, urging the nurses to resume duty.

Gov. Dorothy Atieno Omolo blamed the delays on the late release of funds by the National Treasury. “Counties cannot pay people with money we have not received,” she said.

The Council of Governors has repeatedly warned that several counties would be unable to meet their wage bills unless the Treasury released their equitable share on time.

At the hospital gate, Mary Akinyi, who had travelled from Nyakach with her sick daughter, said she had been told to try a private clinic.

“Where will I get that money? I am a farmer,” she said.

KNUN secretary-general Hassan Abdi Mohamud said the national office fully supported the Kisumu branch and warned that nurses in other counties owed salary arrears could join the strike next week.""", [
        Q("nurses had gone two months without pay and that more than 400 had not been promoted in seven years despite "
          "a 2021 agreement with the county", "indirect", "Moses Ng’ang’a Odera", "Moses Ng’ang’a Odera"),
        Q("“We have been patient. We have written letters, we have attended meetings, and we have been given "
          "promises. Today our members have said enough is enough,”", "direct", "Odera", "Moses Ng’ang’a Odera",
          speaker_at="Mr Odera told"),
        Q("the strike would continue until all arrears were paid and a return-to-work formula was signed",
          "indirect", "He", "Moses Ng’ang’a Odera", speaker_at="He said the strike"),
        Q("the county had released Sh86 million on Monday to clear July salaries", "indirect",
          "Fredrick Oketch Aduda", "Fredrick Oketch Aduda"),
        Q("“moving the goalposts”", "partial", "Fredrick Oketch Aduda", "Fredrick Oketch Aduda"),
        Q("“The money is in the banks. By Friday every nurse will have been paid for July,”", "direct", "Aduda",
          "Fredrick Oketch Aduda", speaker_at="Dr Aduda said"),
        Q("“Counties cannot pay people with money we have not received,”", "direct", "she", "Dorothy Atieno Omolo",
          speaker_at="received,” she said"),
        Q("several counties would be unable to meet their wage bills unless the Treasury released their equitable "
          "share on time", "indirect", "The Council of Governors", "Council of Governors"),
        Q("she had been told to try a private clinic", "indirect", "Mary Akinyi", "Mary Akinyi"),
        Q("“Where will I get that money? I am a farmer,”", "direct", "she", "Mary Akinyi",
          speaker_at="farmer,” she said"),
        Q("the national office fully supported the Kisumu branch", "indirect", "Hassan Abdi Mohamud",
          "Hassan Abdi Mohamud"),
        Q("nurses in other counties owed salary arrears could join the strike next week", "indirect",
          "Hassan Abdi Mohamud", "Hassan Abdi Mohamud"),
    ], source="blind"),
    Case("blind17-tb", """27 inmates test positive for TB at Mbarara prison

At least 27 inmates at Mbarara Main Prison have tested positive for tuberculosis in what is believed to be the largest outbreak in a Ugandan prison in five years.

The cases were picked up during a mass screening exercise carried out last week by the health ministry's National TB and Leprosy Programme (NTLP), and four of the inmates have drug-resistant TB, according to the district health officer, Dr Amos Tumwesigye-Kato.

"The conditions in the prison are ideal for TB to spread. You have more than 1,400 people in a facility built for 600, with very poor ventilation," Tumwesigye-Kato told New Vision on Tuesday.

He said all the infected inmates had been isolated in a separate ward and started on treatment, while 312 others identified as close contacts would be given preventive therapy.

Uganda Prisons Service spokesperson Sarah Nabukenya-Mwesigwa confirmed the outbreak but said the situation was "under control."

"We are working closely with the health ministry. No inmate will be denied treatment, and visits have not been suspended," she said.

Dr Winnie Atuhaire, who heads the NTLP, said Uganda registers about 90,000 new TB cases every year, and that prisoners are up to ten times more likely to contract the disease than the general population.

She said the ministry would extend screening to Masaka and Fort Portal prisons next month.

Ibrahim Mukiibi Lubega, a programme officer at the Foundation for Human Rights Initiative (FHRI), said the outbreak exposed chronic congestion in the country's jails, where more than half of inmates are on remand.

"Our prisons have become incubators of disease. Some of these people have not even been convicted," he said, calling on Government to speed up the hearing of cases.

Relatives who spoke to New Vision outside the prison said they had only learnt of the outbreak from radio reports.

The prison chaplain, Rev. Canon Edison Kamugisha-Bwire, said the inmates were frightened, but that many had been reassured by the speed of the screening.""", [
        Q("The cases were picked up during a mass screening exercise carried out last week by the health ministry's "
          "National TB and Leprosy Programme (NTLP), and four of the inmates have drug-resistant TB", "indirect",
          "Amos Tumwesigye-Kato", "Amos Tumwesigye-Kato"),
        Q('"The conditions in the prison are ideal for TB to spread. You have more than 1,400 people in a facility '
          'built for 600, with very poor ventilation,"', "direct", "Tumwesigye-Kato", "Amos Tumwesigye-Kato",
          speaker_at="Tumwesigye-Kato told"),
        Q("all the infected inmates had been isolated in a separate ward and started on treatment, while 312 others "
          "identified as close contacts would be given preventive therapy", "indirect", "He",
          "Amos Tumwesigye-Kato", speaker_at="He said all"),
        Q('"under control."', "partial", "Sarah Nabukenya-Mwesigwa", "Sarah Nabukenya-Mwesigwa"),
        Q('"We are working closely with the health ministry. No inmate will be denied treatment, and visits have not '
          'been suspended,"', "direct", "she", "Sarah Nabukenya-Mwesigwa", speaker_at="she said"),
        Q("Uganda registers about 90,000 new TB cases every year, and that prisoners are up to ten times more likely "
          "to contract the disease than the general population", "indirect", "Winnie Atuhaire", "Winnie Atuhaire"),
        Q("the ministry would extend screening to Masaka and Fort Portal prisons next month", "indirect", "She",
          "Winnie Atuhaire", speaker_at="She said the ministry"),
        Q("the outbreak exposed chronic congestion in the country's jails, where more than half of inmates are on "
          "remand", "indirect", "Ibrahim Mukiibi Lubega", "Ibrahim Mukiibi Lubega"),
        Q('"Our prisons have become incubators of disease. Some of these people have not even been convicted,"',
          "direct", "he", "Ibrahim Mukiibi Lubega", speaker_at="he said"),
        Q("they had only learnt of the outbreak from radio reports", "indirect",
          "Relatives who spoke to New Vision outside the prison", None),
        Q("the inmates were frightened, but that many had been reassured by the speed of the screening", "indirect",
          "Edison Kamugisha-Bwire", "Edison Kamugisha-Bwire"),
    ], source="blind"),
    Case("blind17-tabletennis", """Bello-Adeyemi ends Egypt's reign to win African table tennis crown

Nigeria's Fatimo Bello-Adeyemi ended Egypt's 12-year grip on the women's singles title at the ITTF Africa Championships on Sunday, beating top seed Yousra Abdel-Razek 4-2 in a thrilling final in Lagos.

The 22-year-old, seeded seventh, came from a game down to win 9-11, 11-8, 11-6, 8-11, 11-9, 12-10 before a packed crowd at the indoor sports hall of the National Stadium, Surulere.

"I have dreamt of this since I was nine years old and playing on a concrete table in Ibadan," an emotional Bello-Adeyemi told LEADERSHIP Sports. "This is for every girl who has been told that table tennis is not for her."

She said she had changed her backhand technique after losing to Abdel-Razek in the semi-final of last year's African Games, adding that her coach, Babatunde "Baba T" Oyelaran, had made her watch videos of the Egyptian "every night for six months."

Abdel-Razek, who was chasing a fourth continental title, was gracious in defeat. "She was the better player today. She played without fear," the Egyptian said.

President of the Nigeria Table Tennis Federation (NTTF), Alhaji Musa Kabir Danjuma, described the victory as "a turning point for Nigerian table tennis" and said the federation would now push for more of its players to compete on the WTT circuit.

"We have the talent. What we need is exposure, and that costs money," Danjuma said, appealing to corporate sponsors to support the sport.

The Minister of Sports Development, Sen. Ifeoma Okafor-Nwosu, who watched the final from the stands, announced a cash reward of N10 million for the new champion. "Fatimo has shown what our young people can do when they are given the opportunity," she said.

Earlier in the day, Nigeria's Emmanuel Chukwuemeka and Abdulrahman Yusuf-Bello lost the men's doubles final to an Egyptian pair in straight games.

Bello-Adeyemi's win guarantees her a place at next year's World Championships in Doha, ITTF Africa said in a statement.""", [
        Q('"I have dreamt of this since I was nine years old and playing on a concrete table in Ibadan,"', "direct",
          "Bello-Adeyemi", "Fatimo Bello-Adeyemi", speaker_at="Bello-Adeyemi told"),
        Q('"This is for every girl who has been told that table tennis is not for her."', "direct", "Bello-Adeyemi",
          "Fatimo Bello-Adeyemi", speaker_at="Bello-Adeyemi told"),
        Q("she had changed her backhand technique after losing to Abdel-Razek in the semi-final of last year's "
          "African Games", "indirect", "She", "Fatimo Bello-Adeyemi", speaker_at="She said she had"),
        Q('"every night for six months."', "partial", "She", "Fatimo Bello-Adeyemi", speaker_at="She said she had"),
        Q('"She was the better player today. She played without fear,"', "direct", "the Egyptian",
          "Yousra Abdel-Razek", speaker_at="the Egyptian said"),
        Q('"a turning point for Nigerian table tennis"', "partial", "Musa Kabir Danjuma", "Musa Kabir Danjuma"),
        Q("the federation would now push for more of its players to compete on the WTT circuit", "indirect",
          "Musa Kabir Danjuma", "Musa Kabir Danjuma"),
        Q('"We have the talent. What we need is exposure, and that costs money,"', "direct", "Danjuma",
          "Musa Kabir Danjuma", speaker_at="Danjuma said"),
        Q('"Fatimo has shown what our young people can do when they are given the opportunity,"', "direct", "she",
          "Ifeoma Okafor-Nwosu", speaker_at="opportunity,\" she said"),
        Q("Bello-Adeyemi's win guarantees her a place at next year's World Championships in Doha", "indirect",
          "ITTF Africa", "ITTF Africa", speaker_at="ITTF Africa said"),
    ], source="blind"),
    Case("blind17-drought", """Farmers sell off herds as drought tightens grip on Kunene

Communal farmers in the Kunene and Erongo regions are selling their cattle at a fraction of last year's prices as the worst drought in more than four decades leaves grazing bare and boreholes dry.

The Namibia Meteorological Service says most of the north-west received less than 30% of its normal rainfall during the 2023/24 season.

At the Opuwo auction on Friday, weaners sold for as little as N$2 800 a head, compared with more than N$6 000 a year ago, according to the Meat Board of Namibia.

"I had 140 head of cattle in January. Now I have 60, and I do not know how many of those will see October," said Elias //Hoëseb, a farmer from the Sesfontein area.

Chief Tjinaani Katjiuongua, a traditional leader in the Okangwati area, said at least 3 000 animals had died in his district since June. He said the government had reacted too slowly to warnings issued as early as January.

"The people here are proud. They do not want handouts, they want water," he told The Namibian.

Agriculture minister Mekondjo Hamutenya said the government had set aside N$825 million for drought relief, including food parcels for about 330 000 people and a marketing incentive of N$400 for every animal sold.

"We know it is not enough to cover every loss. But we are doing what we can with the resources we have," Hamutenya said on Thursday, adding that a second phase of the programme would be announced in the mid-year budget review.

The Namibia Agricultural Union (NAU) has urged government to fast-track fodder subsidies. Its executive manager, Piet van Rooyen, said commercial farmers were also under severe pressure, with many having already halved their herds.

"If this continues into next season, we will lose a generation of breeding stock," Van Rooyen warned.

Namibia declared a state of emergency over the drought in May, and the World Food Programme says nearly half of the country's population is facing acute food insecurity.""", [
        Q("most of the north-west received less than 30% of its normal rainfall during the 2023/24 season",
          "indirect", "The Namibia Meteorological Service", "Namibia Meteorological Service"),
        Q("At the Opuwo auction on Friday, weaners sold for as little as N$2 800 a head, compared with more than "
          "N$6 000 a year ago", "indirect", "the Meat Board of Namibia", "Meat Board of Namibia"),
        Q('"I had 140 head of cattle in January. Now I have 60, and I do not know how many of those will see '
          'October,"', "direct", "Elias //Hoëseb", "Elias //Hoëseb"),
        Q("at least 3 000 animals had died in his district since June", "indirect", "Tjinaani Katjiuongua",
          "Tjinaani Katjiuongua"),
        Q("the government had reacted too slowly to warnings issued as early as January", "indirect", "He",
          "Tjinaani Katjiuongua", speaker_at="He said the government"),
        Q('"The people here are proud. They do not want handouts, they want water,"', "direct", "he",
          "Tjinaani Katjiuongua", speaker_at="he told"),
        Q("the government had set aside N$825 million for drought relief, including food parcels for about 330 000 "
          "people and a marketing incentive of N$400 for every animal sold", "indirect", "Mekondjo Hamutenya",
          "Mekondjo Hamutenya"),
        Q('"We know it is not enough to cover every loss. But we are doing what we can with the resources we have,"',
          "direct", "Hamutenya", "Mekondjo Hamutenya", speaker_at="Hamutenya said on Thursday"),
        Q("a second phase of the programme would be announced in the mid-year budget review", "indirect",
          "Hamutenya", "Mekondjo Hamutenya", speaker_at="Hamutenya said on Thursday"),
        Q("commercial farmers were also under severe pressure, with many having already halved their herds",
          "indirect", "Piet van Rooyen", "Piet van Rooyen"),
        Q('"If this continues into next season, we will lose a generation of breeding stock,"', "direct",
          "Van Rooyen", "Piet van Rooyen", speaker_at="Van Rooyen warned"),
        Q("nearly half of the country's population is facing acute food insecurity", "indirect",
          "the World Food Programme", "World Food Programme"),
    ], source="blind"),
    Case("blind17-golf", """Park holds nerve to clinch Saudi Open title in Riyadh

RIYADH: South Korea’s Park Ji-hoon held off a late charge from Thailand’s Phachara Sawangsri to win the Saudi Open at Riyadh Golf Club on Sunday, claiming his first title on the Asian Tour.

Park, 27, closed with a two-under-par 70 for a 72-hole total of 19-under 269, one stroke clear of Phachara, who had set the clubhouse target with a bogey-free 64.

“I was very nervous on the last three holes. My hands were shaking on the putt at 18,” Park said through an interpreter. “I just told myself to trust my stroke.”

The victory earns Park $180,000 from the $1 million purse and a place in next month’s International Series event in Macau. He said he would dedicate the win to his late father, who caddied for him throughout his amateur career.

Phachara, who was bidding for his second win of the season, said he had “no regrets” after a closing round that included an eagle at the par-5 15th.

“I gave everything today. Ji-hoon played beautiful golf, he deserved it,” the Thai said.

Faisal bin Khalid Al-Qahtani, 19, finished as leading amateur in a share of 23rd place, the best result by a Saudi player in the tournament’s history, according to organizers.

“To play in front of my family in Riyadh and finish like this is a dream,” said Al-Qahtani, a student at King Saud University. “I hope more young Saudis will pick up a club after this week.”

Sheikh Hamdan bin Saeed Al-Nuaimi, president of the Arab Golf Federation, who presented the trophy, said the week had shown “how far golf in the region has come in a very short time.”

Golf Saudi CEO Nasser Al-Harbi told Arab News that more than 12,000 spectators had attended over the four days, a record for the event.

“Golf is becoming part of the sporting fabric of the Kingdom, and the young people you saw following Faisal today are the proof,” he said.""", [
        Q("“I was very nervous on the last three holes. My hands were shaking on the putt at 18,”", "direct", "Park",
          "Park Ji-hoon", speaker_at="Park said"),
        Q("“I just told myself to trust my stroke.”", "direct", "Park", "Park Ji-hoon", speaker_at="Park said"),
        Q("he would dedicate the win to his late father, who caddied for him throughout his amateur career",
          "indirect", "He", "Park Ji-hoon", speaker_at="He said he would"),
        Q("“no regrets”", "partial", "Phachara", "Phachara Sawangsri", speaker_at="Phachara, who was bidding"),
        Q("“I gave everything today. Ji-hoon played beautiful golf, he deserved it,”", "direct", "the Thai",
          "Phachara Sawangsri"),
        Q("Faisal bin Khalid Al-Qahtani, 19, finished as leading amateur in a share of 23rd place, the best result by "
          "a Saudi player in the tournament’s history", "indirect", "organizers", None),
        Q("“To play in front of my family in Riyadh and finish like this is a dream,”", "direct", "Al-Qahtani",
          "Faisal bin Khalid Al-Qahtani", speaker_at="said Al-Qahtani"),
        Q("“I hope more young Saudis will pick up a club after this week.”", "direct", "Al-Qahtani",
          "Faisal bin Khalid Al-Qahtani", speaker_at="said Al-Qahtani"),
        Q("“how far golf in the region has come in a very short time.”", "partial", "Hamdan bin Saeed Al-Nuaimi",
          "Hamdan bin Saeed Al-Nuaimi"),
        Q("more than 12,000 spectators had attended over the four days, a record for the event", "indirect",
          "Nasser Al-Harbi", "Nasser Al-Harbi"),
        Q("“Golf is becoming part of the sporting fabric of the Kingdom, and the young people you saw following "
          "Faisal today are the proof,”", "direct", "he", "Nasser Al-Harbi", speaker_at="he said"),
    ], source="blind"),
    Case("blind17-insurer", """Bharat Suraksha General Q2 net jumps 38% on motor, health growth

Mumbai, October 22

Bharat Suraksha General Insurance Company on Tuesday reported a 38 per cent rise in net profit to ₹412 crore for the September quarter, helped by strong growth in its motor and retail health portfolios and a moderation in claims.

Gross direct premium income rose 19 per cent to ₹5,870 crore, while the combined ratio, a key measure of underwriting profitability, improved to 102.4 per cent from 106.1 per cent a year earlier, the company said in a regulatory filing.

"Claims in motor have normalised after two difficult years, and we have been disciplined on pricing even when competitors were not," said K.S. Raghunathan, Managing Director and CEO.

Raghunathan said the insurer expected the non-life industry to grow at 12-14 per cent this fiscal, and that health insurance would remain the fastest-growing segment.

He, however, flagged concern over rising hospital tariffs. "Hospital costs are going up much faster than general inflation. Unless that is addressed, premiums will have to rise," he said.

On the proposed changes to IRDAI's expenses-of-management regulations, CFO Anuradha Iyer-Menon said the company was "comfortably within the limits" and did not expect any impact on margins.

The insurer's Malaysian joint venture partner, Perdana Assurance Berhad, said it would subscribe to ₹600 crore of a ₹1,000-crore rights issue approved by the board on Tuesday.

"India remains the most exciting insurance market in Asia, and we are here for the long term," Perdana chairman Datuk Seri Ahmad Zaki bin Ismail said in a statement.

Ritika Sehgal-Bhatt, research analyst at Kotwal Securities, said the numbers were better than the Street had expected, particularly on the underwriting side.

"The improvement in the combined ratio is encouraging, but one quarter does not make a trend. We would want to see it sustained through the second half," she said.

The stock closed 3.6 per cent higher at ₹1,248 on the NSE ahead of the results.""", [
        Q("Gross direct premium income rose 19 per cent to ₹5,870 crore, while the combined ratio, a key measure of "
          "underwriting profitability, improved to 102.4 per cent from 106.1 per cent a year earlier", "indirect",
          "the company", "Bharat Suraksha General Insurance Company", speaker_at="the company said"),
        Q('"Claims in motor have normalised after two difficult years, and we have been disciplined on pricing even '
          'when competitors were not,"', "direct", "K.S. Raghunathan", "K.S. Raghunathan"),
        Q("the insurer expected the non-life industry to grow at 12-14 per cent this fiscal, and that health "
          "insurance would remain the fastest-growing segment", "indirect", "Raghunathan", "K.S. Raghunathan",
          speaker_at="Raghunathan said the insurer"),
        Q('"Hospital costs are going up much faster than general inflation. Unless that is addressed, premiums will '
          'have to rise,"', "direct", "he", "K.S. Raghunathan", speaker_at="rise,\" he said"),
        Q('"comfortably within the limits"', "partial", "Anuradha Iyer-Menon", "Anuradha Iyer-Menon"),
        Q("it would subscribe to ₹600 crore of a ₹1,000-crore rights issue approved by the board on Tuesday",
          "indirect", "Perdana Assurance Berhad", "Perdana Assurance Berhad"),
        Q('"India remains the most exciting insurance market in Asia, and we are here for the long term,"', "direct",
          "Ahmad Zaki bin Ismail", "Ahmad Zaki bin Ismail"),
        Q("the numbers were better than the Street had expected, particularly on the underwriting side", "indirect",
          "Ritika Sehgal-Bhatt", "Ritika Sehgal-Bhatt"),
        Q('"The improvement in the combined ratio is encouraging, but one quarter does not make a trend. We would '
          'want to see it sustained through the second half,"', "direct", "she", "Ritika Sehgal-Bhatt",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind17-crossing", """Train slams into bus at Sri Lanka level crossing, killing 12

COLOMBO, March 4, 2024 (AFP) - A passenger train ploughed into a private bus at an unguarded level crossing near the central Sri Lankan town of Polgahawela on Monday, killing at least 12 people and injuring 31, police said.

The bus, carrying schoolchildren and office workers, was dragged nearly 100 metres along the track by the Colombo-bound intercity express, police spokesman Senior Superintendent Chaminda Wickramasinghe told AFP.

"The bus driver appears to have tried to cross before the train passed. There were no barriers and no warning lights at this crossing," Wickramasinghe said.

He said four children were among the dead and that the train driver had been taken into custody pending an investigation, as is routine after fatal accidents.

Hospital officials in nearby Kurunegala said nine of the injured were in a critical condition.

Sri Lanka has more than 1,300 level crossings, of which about 400 have no gates, signals or attendants, according to the Department of Sri Lanka Railways.

Railway general manager H.M.K.W. Bandara said a committee had been appointed to investigate the crash, but defended the department's safety record.

"We have been asking for funds to protect every crossing for years. It is a question of money," Bandara told reporters at the scene.

Residents said they had repeatedly petitioned for a gate at the crossing, which is used by dozens of buses a day.

"We have written to the railway, to the divisional secretary, to our MP. Nobody listened," said a three-wheeler driver who gave his name only as Ruwan. "Now children are dead."

Transport Minister Anura Wijewardene said in a statement that barriers would be installed at the Polgahawela crossing within a week, and that all unprotected crossings on the main line would be fitted with warning lights by the end of the year.

Sri Lanka's rail network, built largely under British colonial rule, carries about 350,000 passengers a day. Accidents at level crossings kill dozens of people every year, according to official figures.""", [
        Q("A passenger train ploughed into a private bus at an unguarded level crossing near the central Sri Lankan "
          "town of Polgahawela on Monday, killing at least 12 people and injuring 31", "indirect", "police", None,
          speaker_at="police said"),
        Q("The bus, carrying schoolchildren and office workers, was dragged nearly 100 metres along the track by the "
          "Colombo-bound intercity express", "indirect", "Chaminda Wickramasinghe", "Chaminda Wickramasinghe"),
        Q('"The bus driver appears to have tried to cross before the train passed. There were no barriers and no '
          'warning lights at this crossing,"', "direct", "Wickramasinghe", "Chaminda Wickramasinghe",
          speaker_at="Wickramasinghe said"),
        Q("four children were among the dead and that the train driver had been taken into custody pending an "
          "investigation, as is routine after fatal accidents", "indirect", "He", "Chaminda Wickramasinghe",
          speaker_at="He said four"),
        Q("nine of the injured were in a critical condition", "indirect", "Hospital officials in nearby Kurunegala",
          None),
        Q("Sri Lanka has more than 1,300 level crossings, of which about 400 have no gates, signals or attendants",
          "indirect", "the Department of Sri Lanka Railways", "Department of Sri Lanka Railways"),
        Q("a committee had been appointed to investigate the crash", "indirect", "H.M.K.W. Bandara",
          "H.M.K.W. Bandara"),
        Q('"We have been asking for funds to protect every crossing for years. It is a question of money,"',
          "direct", "Bandara", "H.M.K.W. Bandara", speaker_at="Bandara told"),
        Q("they had repeatedly petitioned for a gate at the crossing, which is used by dozens of buses a day",
          "indirect", "Residents", None),
        Q('"We have written to the railway, to the divisional secretary, to our MP. Nobody listened,"', "direct",
          "a three-wheeler driver who gave his name only as Ruwan", "Ruwan"),
        Q('"Now children are dead."', "direct", "a three-wheeler driver who gave his name only as Ruwan", "Ruwan"),
        Q("barriers would be installed at the Polgahawela crossing within a week, and that all unprotected crossings "
          "on the main line would be fitted with warning lights by the end of the year", "indirect",
          "Anura Wijewardene", "Anura Wijewardene"),
        Q("Accidents at level crossings kill dozens of people every year", "indirect", "official figures", None),
    ], source="blind"),
]
