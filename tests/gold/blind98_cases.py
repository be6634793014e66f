"""Blind gold set 98: short news articles from many outlets, written once.

Sixteen short articles in the house styles of Bermuda and Cayman Islands papers, South Australian
papers, Angolan English-language outlets and Punjab and Tamil Nadu English-language dailies. The set was
written without looking at the pretagger, its output or the other gold sets, so the figures on it say
how the quote finder and speaker attributor carry over to unseen news. See gold_format.py for the format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind98-bermuda-levy", """Insurers warn levy could drive capital offshore

The Government's proposed levy on reinsurance premiums could drive new capital away from the island, the industry's main trade body has warned.

The Association of Bermuda Insurers and Reinsurers said in a submission to the Ministry of Finance that a charge of 0.35 per cent on gross written premiums would "undermine a decade of careful work" to keep Bermuda competitive.

Kenneth Outerbridge, ABIR's chairman, said: "We understand the Government needs revenue for infrastructure and health. What we are asking is that it does not all come from a single sector that is already paying the new corporate income tax."

He added that several sidecar vehicles planned for next year had been put on hold until the details were clear.

Finance Minister Dianne Simmons defended the plan in the House of Assembly on Friday. "This is not a punishment," Ms Simmons said. "It is a modest contribution from an industry that has done very well out of Bermuda."

She told MPs that the levy would raise about $40 million a year and that the money would be ring-fenced for the so-called "Resilience Fund", which will pay for seawalls and upgrades at King Edward VII Memorial Hospital.

The One Bermuda Alliance described the levy as "a tax on our biggest employer" and said the Government had failed to consult properly.

Jahmal Trott, the OBA's finance spokesman, said, "Every job in Hamilton depends on this industry, directly or indirectly. You do not tinker with it on a Friday afternoon."

According to the Bermuda Monetary Authority, the reinsurance sector wrote more than $190 billion in gross premiums last year.

A spokeswoman for the BMA said the regulator had been briefed on the proposal but would not comment on tax policy.

Renee Darrell, an economist at Bermuda College, told The Royal Gazette that the sums involved were small compared with the sector's profits. "The real question is signalling," she said. "Investors read every change as a hint of what comes next."

Mr Outerbridge said ABIR would meet the minister next week.""", [
        Q("The Government's proposed levy on reinsurance premiums could drive new capital away from the island",
          "indirect", "the industry's main trade body", "Association of Bermuda Insurers and Reinsurers"),
        Q('"undermine a decade of careful work"', "partial", "The Association of Bermuda Insurers and Reinsurers",
          "Association of Bermuda Insurers and Reinsurers"),
        Q('"We understand the Government needs revenue for infrastructure and health. What we are asking is that it '
          'does not all come from a single sector that is already paying the new corporate income tax."', "direct",
          "Kenneth Outerbridge", "Kenneth Outerbridge"),
        Q("that several sidecar vehicles planned for next year had been put on hold until the details were clear",
          "indirect", "He", "Kenneth Outerbridge", speaker_at="He added"),
        Q('"This is not a punishment,"', "direct", "Simmons", "Dianne Simmons", speaker_at="Ms Simmons said"),
        Q('"It is a modest contribution from an industry that has done very well out of Bermuda."', "direct",
          "Simmons", "Dianne Simmons", speaker_at="Ms Simmons said"),
        Q('that the levy would raise about $40 million a year and that the money would be ring-fenced for the '
          'so-called "Resilience Fund", which will pay for seawalls and upgrades at King Edward VII Memorial '
          'Hospital', "indirect", "She", "Dianne Simmons", speaker_at="She told MPs"),
        Q('"a tax on our biggest employer"', "partial", "The One Bermuda Alliance", "One Bermuda Alliance"),
        Q("the Government had failed to consult properly", "indirect", "The One Bermuda Alliance",
          "One Bermuda Alliance"),
        Q('"Every job in Hamilton depends on this industry, directly or indirectly. You do not tinker with it on a '
          'Friday afternoon."', "direct", "Jahmal Trott", "Jahmal Trott"),
        Q("the reinsurance sector wrote more than $190 billion in gross premiums last year", "indirect",
          "the Bermuda Monetary Authority", "Bermuda Monetary Authority"),
        Q("the regulator had been briefed on the proposal but would not comment on tax policy", "indirect",
          "A spokeswoman for the BMA", None),
        Q("that the sums involved were small compared with the sector's profits", "indirect", "Renee Darrell",
          "Renee Darrell"),
        Q('"The real question is signalling,"', "direct", "she", "Renee Darrell", speaker_at="she said"),
        Q('"Investors read every change as a hint of what comes next."', "direct", "she", "Renee Darrell",
          speaker_at="she said"),
        Q("ABIR would meet the minister next week", "indirect", "Outerbridge", "Kenneth Outerbridge",
          speaker_at="Mr Outerbridge said"),
    ], source="blind"),
    Case("blind98-cayman-levy", """Captive sector pushes back on proposed reinsurance levy

The Cayman Islands’ captive insurance industry has urged government to rethink a proposed levy on reinsurance premiums, warning that it could send new business to Bermuda and Vermont.

In a letter sent to the Ministry of Financial Services last week, the Insurance Managers Association of Cayman said the 0.25% charge was “poorly timed” and asked for a six-month consultation.

“We are not against contributing to national resilience,” association president Tricia Bush-Rivers told the Compass on Monday. “But a levy on premiums falls hardest on the smallest captives, the doctors’ groups and the hospital schemes that came here precisely because our costs were predictable.”

Bush-Rivers said that at least three new captive licences were on hold while their owners waited for the detail.

Financial Services Minister Kenrick Bodden said the levy would apply only to reinsurance placed through Class B and Class C licences, and that captives writing less than $5 million in premiums would be exempt.

“I have heard the concerns, and I think some of them are fair,” Bodden said. “Some of them, frankly, are coming from people who have not read the bill.”

He said the money would go into the National Disaster Fund, which has been drawn down twice since Hurricane Ivan.

According to the Cayman Islands Monetary Authority, the jurisdiction had 652 active insurance licences at the end of last year, the majority of them captives.

A CIMA spokesperson said the authority would “provide technical input” on the bill. The spokesperson added that tax policy was a matter for Cabinet.

Opposition MP Gareth Ebanks called the proposal “a solution looking for a problem”.

“The fund is important,” Ebanks said, “but you don’t build a fund by chasing away the golden goose.”

Marlon Connolly, a George Town actuary who advises several captives, said the arithmetic was not dramatic. According to Connolly, a typical medical malpractice captive would pay “less than it spends on its annual audit”.

The bill is expected to go before Parliament in March.""", [
        Q("that it could send new business to Bermuda and Vermont", "indirect",
          "The Cayman Islands’ captive insurance industry", None),
        Q("“poorly timed”", "partial", "the Insurance Managers Association of Cayman",
          "Insurance Managers Association of Cayman"),
        Q("“We are not against contributing to national resilience,”", "direct", "Tricia Bush-Rivers",
          "Tricia Bush-Rivers"),
        Q("“But a levy on premiums falls hardest on the smallest captives, the doctors’ groups and the hospital "
          "schemes that came here precisely because our costs were predictable.”", "direct", "Tricia Bush-Rivers",
          "Tricia Bush-Rivers"),
        Q("that at least three new captive licences were on hold while their owners waited for the detail",
          "indirect", "Bush-Rivers", "Tricia Bush-Rivers", speaker_at="Bush-Rivers said"),
        Q("the levy would apply only to reinsurance placed through Class B and Class C licences, and that captives "
          "writing less than $5 million in premiums would be exempt", "indirect", "Kenrick Bodden", "Kenrick Bodden"),
        Q("“I have heard the concerns, and I think some of them are fair,”", "direct", "Bodden", "Kenrick Bodden",
          speaker_at="fair,” Bodden said"),
        Q("“Some of them, frankly, are coming from people who have not read the bill.”", "direct", "Bodden",
          "Kenrick Bodden", speaker_at="fair,” Bodden said"),
        Q("the money would go into the National Disaster Fund, which has been drawn down twice since Hurricane Ivan",
          "indirect", "He", "Kenrick Bodden", speaker_at="He said the money"),
        Q("the jurisdiction had 652 active insurance licences at the end of last year, the majority of them captives",
          "indirect", "the Cayman Islands Monetary Authority", "Cayman Islands Monetary Authority"),
        Q("“provide technical input”", "partial", "A CIMA spokesperson", None),
        Q("that tax policy was a matter for Cabinet", "indirect", "The spokesperson", None),
        Q("“a solution looking for a problem”", "partial", "Gareth Ebanks", "Gareth Ebanks"),
        Q("“The fund is important,”", "direct", "Ebanks", "Gareth Ebanks", speaker_at="Ebanks said"),
        Q("“but you don’t build a fund by chasing away the golden goose.”", "direct", "Ebanks", "Gareth Ebanks",
          speaker_at="Ebanks said"),
        Q("the arithmetic was not dramatic", "indirect", "Marlon Connolly", "Marlon Connolly"),
        Q("“less than it spends on its annual audit”", "partial", "Connolly", "Marlon Connolly",
          speaker_at="According to Connolly"),
    ], source="blind"),
    Case("blind98-cayman-shelters", """Auditor finds gaps in hurricane shelter readiness

(CNS): Nearly half of the public buildings designated as hurricane shelters in the Cayman Islands have not been inspected against the current building code, according to a new report from the Office of the Auditor General.

The audit, tabled in Parliament on Wednesday, found that 11 of the 24 shelters on Grand Cayman had no up-to-date structural assessment and that generators at four of them had not been tested since 2019.

Auditor General Angela Whittaker-Bodden said the findings were "a serious concern" with the peak of the hurricane season only weeks away. "Shelters are the last line of defence for the people who have nowhere else to go," she said in a statement. "We cannot assume that a building which stood up to Ivan twenty years ago will do the same today."

The report also criticised what it called an "over-reliance on goodwill", noting that several shelter managers were volunteers with no formal training.

Hazard Management Cayman Islands said it accepted all nine recommendations. Its director, Danielle Coleman, told CNS that inspections of the outstanding buildings would be completed by the end of July.

"Some of these are schools, and we need the summer break to get engineers in," Coleman explained. "That work is already scheduled."

The report noted that the shelter at the John Gray High School campus, one of the largest in George Town, was listed in the 2023 "Shelter Guide" as able to hold 600 people, but that HMCI could not produce the assessment on which that figure was based.

Opposition Leader Kerry Watler said the audit confirmed what residents of the eastern districts had been saying for years.

"In East End and North Side, people drive past a shelter they don't trust to get to one in George Town," he told CNS. "That is not a plan."

One Bodden Town resident who sat out Hurricane Beryl at the Clifton Hunter campus said the generator there failed within hours. "We sat in the dark with sixty people and two torches," she said.

The Public Accounts Committee is expected to call HMCI to give evidence in September.""", [
        Q("Nearly half of the public buildings designated as hurricane shelters in the Cayman Islands have not been "
          "inspected against the current building code", "indirect",
          "a new report from the Office of the Auditor General", "Office of the Auditor General"),
        Q("that 11 of the 24 shelters on Grand Cayman had no up-to-date structural assessment and that generators at "
          "four of them had not been tested since 2019", "indirect", "The audit", "Office of the Auditor General"),
        Q('"a serious concern"', "partial", "Angela Whittaker-Bodden", "Angela Whittaker-Bodden"),
        Q('"Shelters are the last line of defence for the people who have nowhere else to go,"', "direct", "she",
          "Angela Whittaker-Bodden", speaker_at="she said in a statement"),
        Q('"We cannot assume that a building which stood up to Ivan twenty years ago will do the same today."',
          "direct", "she", "Angela Whittaker-Bodden", speaker_at="she said in a statement"),
        Q('"over-reliance on goodwill"', "partial", "it", "Office of the Auditor General", speaker_at="what it called"),
        Q("that several shelter managers were volunteers with no formal training", "indirect", "The report",
          "Office of the Auditor General", speaker_at="The report also"),
        Q("it accepted all nine recommendations", "indirect", "Hazard Management Cayman Islands",
          "Hazard Management Cayman Islands"),
        Q("that inspections of the outstanding buildings would be completed by the end of July", "indirect",
          "Danielle Coleman", "Danielle Coleman"),
        Q('"Some of these are schools, and we need the summer break to get engineers in,"', "direct", "Coleman",
          "Danielle Coleman", speaker_at="Coleman explained"),
        Q('"That work is already scheduled."', "direct", "Coleman", "Danielle Coleman", speaker_at="Coleman explained"),
        Q('that the shelter at the John Gray High School campus, one of the largest in George Town, was listed in the '
          '2023 "Shelter Guide" as able to hold 600 people, but that HMCI could not produce the assessment on which '
          'that figure was based', "indirect", "The report", "Office of the Auditor General",
          speaker_at="The report noted"),
        Q("the audit confirmed what residents of the eastern districts had been saying for years", "indirect",
          "Kerry Watler", "Kerry Watler"),
        Q('"In East End and North Side, people drive past a shelter they don\'t trust to get to one in George Town,"',
          "direct", "he", "Kerry Watler", speaker_at="he told CNS"),
        Q('"That is not a plan."', "direct", "he", "Kerry Watler", speaker_at="he told CNS"),
        Q("the generator there failed within hours", "indirect", "One Bodden Town resident", None),
        Q('"We sat in the dark with sixty people and two torches,"', "direct", "she", None,
          speaker_at='torches," she said'),
    ], source="blind"),
    Case("blind98-bermuda-shelters", """Shelter Audit Finds Generator Fault At CedarBridge

An internal audit of Bermuda’s public hurricane shelters has found that the backup generator at CedarBridge Academy, the island’s main shelter, failed a load test in May and is awaiting replacement parts, the Ministry of National Security said yesterday.

The audit, carried out by the Emergency Measures Organisation ahead of the peak of the season, reviewed capacity, water storage, generators and accessibility at all five designated shelters.

Minister of National Security Ernest Wade said, “I want to be clear with the public: CedarBridge will be open if a storm threatens. A temporary generator has been sourced from the Bermuda Electric Light Company and will be on site by the end of next week.”

“We commissioned this audit because we would rather find a problem in June than in October,” the Minister continued.

According to the Ministry, the audit also found that the shelter at Sandys Secondary Middle School lacked a working wheelchair ramp at its side entrance and that water tanks at two sites needed cleaning.

The EMO’s coordinator, Kimberley Tucker, told Bernews that shelter staff would take part in a full-scale exercise on July 12. “Every shelter manager will walk through opening, registration and a power failure,” she said.

The Bermuda Red Cross, which helps staff the shelters, welcomed the review. Its executive director, Alicia Simons, said volunteers had raised the generator problem “more than once” during last year’s drills.

“Our volunteers see these buildings up close, and they care,” Ms Simons said. “When they tell us something is wrong, it usually is.”

Shadow Minister of National Security Vance Darrell said the Government should publish the full audit rather than “a press release with the good bits”.

“People are entitled to see the whole document,” he said. “If there is nothing to hide, release it.”

A Ministry spokesperson said the full report would be tabled in the House of Assembly when it returns in September.

The Bermuda Weather Service has said it expects an above-average season. Residents are encouraged to read the EMO’s “Be Prepared” guide, which is available online.""", [
        Q("An internal audit of Bermuda’s public hurricane shelters has found that the backup generator at "
          "CedarBridge Academy, the island’s main shelter, failed a load test in May and is awaiting replacement parts",
          "indirect", "the Ministry of National Security", "Ministry of National Security"),
        Q("“I want to be clear with the public: CedarBridge will be open if a storm threatens. A temporary generator "
          "has been sourced from the Bermuda Electric Light Company and will be on site by the end of next week.”",
          "direct", "Ernest Wade", "Ernest Wade"),
        Q("“We commissioned this audit because we would rather find a problem in June than in October,”", "direct",
          "the Minister", "Ernest Wade", speaker_at="the Minister continued"),
        Q("the audit also found that the shelter at Sandys Secondary Middle School lacked a working wheelchair ramp at "
          "its side entrance and that water tanks at two sites needed cleaning", "indirect", "the Ministry",
          "Ministry of National Security", speaker_at="According to the Ministry,"),
        Q("that shelter staff would take part in a full-scale exercise on July 12", "indirect", "Kimberley Tucker",
          "Kimberley Tucker"),
        Q("“Every shelter manager will walk through opening, registration and a power failure,”", "direct", "she",
          "Kimberley Tucker", speaker_at="she said"),
        Q("“more than once”", "partial", "Alicia Simons", "Alicia Simons"),
        Q("“Our volunteers see these buildings up close, and they care,”", "direct", "Simons", "Alicia Simons",
          speaker_at="Ms Simons said"),
        Q("“When they tell us something is wrong, it usually is.”", "direct", "Simons", "Alicia Simons",
          speaker_at="Ms Simons said"),
        Q("“a press release with the good bits”", "partial", "Vance Darrell", "Vance Darrell"),
        Q("“People are entitled to see the whole document,”", "direct", "he", "Vance Darrell", speaker_at="he said"),
        Q("“If there is nothing to hide, release it.”", "direct", "he", "Vance Darrell", speaker_at="he said"),
        Q("the full report would be tabled in the House of Assembly when it returns in September", "indirect",
          "A Ministry spokesperson", None),
        Q("it expects an above-average season", "indirect", "The Bermuda Weather Service", "Bermuda Weather Service"),
    ], source="blind"),
    Case("blind98-osborne-jobs", """Osborne jobs pledge under fire as first sub yard contract signed

The state government has doubled down on its promise of 5500 direct jobs at Osborne after the first major construction contract for the nuclear submarine yard was signed on Tuesday, despite warnings from industry that the workforce simply does not exist yet.

The $2.1bn contract, awarded to a consortium led by Adelaide-based Coomara Constructions, covers the first stage of the new construction yard on the Lefevre Peninsula.

Defence Industries Minister Nadia Kalogeropoulos said the contract was 'the single biggest vote of confidence this state has ever had'.

'Every one of those 5500 jobs is real, and South Australians will fill them,' Ms Kalogeropoulos said.

'We have trade schools opening at Osborne and Tonsley, and we have apprentices starting this year who will be welding hulls in the 2030s.'

But the Australian Industry Group's SA director, Brett Lindner, said the state was already short of about 2000 tradespeople.

'There is no point promising 5500 jobs if we can't find the welders, the electricians and the engineers to do them,' Mr Lindner told The Advertiser.

'The risk is we end up flying people in from interstate and overseas, and the local benefit is a fraction of what was promised.'

Treasury modelling of the so-called 'AUKUS dividend' has never been released.

Opposition defence spokeswoman Michaela Dowd said the jobs figure had changed three times since 2022.

'First it was 4000, then 5000, now 5500 – which one should families believe?' she said.

Flinders University defence analyst Dr Greg Nankivell said the number included 'a fair amount of optimism'.

He said it was not unreasonable over a 30-year program. According to Dr Nankivell, the bigger question is how many of those positions will go to locals rather than to British and American contractors.

A spokesman for the Australian Submarine Agency said the federal government remained 'fully committed' to building the boats in Adelaide.

The AMWU's state secretary, Cameron Tregenza, said members wanted the promise written into the contract. 'Put it on paper,' he said.""", [
        Q("that the workforce simply does not exist yet", "indirect", "industry", None,
          speaker_at="warnings from industry"),
        Q("'the single biggest vote of confidence this state has ever had'", "partial", "Nadia Kalogeropoulos",
          "Nadia Kalogeropoulos"),
        Q("'Every one of those 5500 jobs is real, and South Australians will fill them,'", "direct", "Kalogeropoulos",
          "Nadia Kalogeropoulos", speaker_at="them,' Ms Kalogeropoulos"),
        Q("'We have trade schools opening at Osborne and Tonsley, and we have apprentices starting this year who will "
          "be welding hulls in the 2030s.'", "direct", "Kalogeropoulos", "Nadia Kalogeropoulos",
          speaker_at="them,' Ms Kalogeropoulos"),
        Q("the state was already short of about 2000 tradespeople", "indirect", "Brett Lindner", "Brett Lindner"),
        Q("'There is no point promising 5500 jobs if we can't find the welders, the electricians and the engineers "
          "to do them,'", "direct", "Lindner", "Brett Lindner", speaker_at="Mr Lindner told"),
        Q("'The risk is we end up flying people in from interstate and overseas, and the local benefit is a fraction "
          "of what was promised.'", "direct", "Lindner", "Brett Lindner", speaker_at="Mr Lindner told"),
        Q("the jobs figure had changed three times since 2022", "indirect", "Michaela Dowd", "Michaela Dowd"),
        Q("'First it was 4000, then 5000, now 5500 – which one should families believe?'", "direct", "she",
          "Michaela Dowd", speaker_at="she said"),
        Q("'a fair amount of optimism'", "partial", "Greg Nankivell", "Greg Nankivell"),
        Q("it was not unreasonable over a 30-year program", "indirect", "He", "Greg Nankivell",
          speaker_at="He said it was"),
        Q("the bigger question is how many of those positions will go to locals rather than to British and American "
          "contractors", "indirect", "Nankivell", "Greg Nankivell", speaker_at="According to Dr Nankivell"),
        Q("'fully committed'", "partial", "A spokesman for the Australian Submarine Agency", None),
        Q("members wanted the promise written into the contract", "indirect", "Cameron Tregenza", "Cameron Tregenza"),
        Q("'Put it on paper,'", "direct", "he", "Cameron Tregenza", speaker_at="he said"),
    ], source="blind"),
    Case("blind98-osborne-apprentices", """Sub builder’s apprentice pledge “not enough”, says Port Adelaide mayor

The company building Australia’s nuclear-powered submarines at Osborne has promised that at least 800 of the first 2000 construction-phase jobs will go to apprentices and trainees from Adelaide’s north-west, but local leaders say the pledge falls short.

ASC chief executive Malcolm Brereton announced the target at a business breakfast in Port Adelaide on Thursday, saying the company wanted the yard to be “a neighbour, not a fortress”.

“We are going to be here for fifty years,” Brereton said. “If the kids in Semaphore, Ethelton and Taperoo don’t see a future for themselves inside those gates, we have failed.”

He said the first intake of 150 apprentices would begin in February, with places reserved for Aboriginal applicants and for workers retraining from the old automotive plants.

But Port Adelaide Enfield Mayor Dimitra Vlahos told InDaily the figure was “not enough” for a region where youth unemployment sits above 14 per cent.

“Eight hundred sounds like a big number until you remember that this is the biggest defence project in the country’s history,” Vlahos said.

She said council had asked ASC for a binding local-content clause and had not yet received a reply.

The federal Department of Defence said in a statement that workforce targets were “a matter for the builder”. It expected “meaningful local participation” from every contractor at Osborne, the department said.

SA Unions secretary Kirsty Milne said the bigger problem was supervision.

“Apprentices are the lifeblood of this project, but they need qualified tradespeople to learn from,” Milne said, “and those people are retiring faster than we can replace them.”

The company’s “Osborne Pathway” program, launched last year, has so far placed 41 school leavers, according to figures released by ASC.

Brereton later said he was open to a formal agreement with council. “Nothing is off the table,” he said.""", [
        Q("“not enough”", "partial", "Port Adelaide mayor", "Dimitra Vlahos", at="pledge “not enough”, says"),
        Q("that at least 800 of the first 2000 construction-phase jobs will go to apprentices and trainees from "
          "Adelaide’s north-west", "indirect", "The company building Australia’s nuclear-powered submarines at Osborne",
          "ASC"),
        Q("the pledge falls short", "indirect", "local leaders", None),
        Q("“a neighbour, not a fortress”", "partial", "Malcolm Brereton", "Malcolm Brereton"),
        Q("“We are going to be here for fifty years,”", "direct", "Brereton", "Malcolm Brereton",
          speaker_at="Brereton said"),
        Q("“If the kids in Semaphore, Ethelton and Taperoo don’t see a future for themselves inside those gates, we "
          "have failed.”", "direct", "Brereton", "Malcolm Brereton", speaker_at="Brereton said"),
        Q("the first intake of 150 apprentices would begin in February, with places reserved for Aboriginal "
          "applicants and for workers retraining from the old automotive plants", "indirect", "He", "Malcolm Brereton",
          speaker_at="He said the first"),
        Q("“not enough”", "partial", "Dimitra Vlahos", "Dimitra Vlahos", at="figure was “not enough” for"),
        Q("“Eight hundred sounds like a big number until you remember that this is the biggest defence project in the "
          "country’s history,”", "direct", "Vlahos", "Dimitra Vlahos", speaker_at="Vlahos said"),
        Q("council had asked ASC for a binding local-content clause and had not yet received a reply", "indirect",
          "She", "Dimitra Vlahos", speaker_at="She said council"),
        Q("“a matter for the builder”", "partial", "The federal Department of Defence", "Department of Defence"),
        Q("“meaningful local participation”", "partial", "the department", "Department of Defence"),
        Q("the bigger problem was supervision", "indirect", "Kirsty Milne", "Kirsty Milne"),
        Q("“Apprentices are the lifeblood of this project, but they need qualified tradespeople to learn from,”",
          "direct", "Milne", "Kirsty Milne", speaker_at="from,” Milne said"),
        Q("“and those people are retiring faster than we can replace them.”", "direct", "Milne", "Kirsty Milne",
          speaker_at="from,” Milne said"),
        Q("The company’s “Osborne Pathway” program, launched last year, has so far placed 41 school leavers",
          "indirect", "figures released by ASC", "ASC"),
        Q("he was open to a formal agreement with council", "indirect", "Brereton", "Malcolm Brereton",
          speaker_at="Brereton later said"),
        Q("“Nothing is off the table,”", "direct", "he", "Malcolm Brereton", speaker_at="he said"),
    ], source="blind"),
    Case("blind98-riverland-allocation", """Irrigators brace for tough year on 60pc opening allocation

Riverland irrigators will start the new water year with a 60 per cent opening allocation on the River Murray, the State Government announced on Monday.

Environment and Water Minister Rhiannon Pearce said the figure reflected low inflows into the Hume and Dartmouth dams over winter and could rise if spring rainfall improved.

"I know 60 per cent is not what growers were hoping for," Ms Pearce said. "But it is a responsible number, and we will review it every fortnight.

"If the spring is kind to us, growers will see that reflected quickly."

Allocations are expected to reach 100 per cent by February under average conditions, according to the Department for Environment and Water.

Central Irrigation Trust chief executive Joanne Leggett said the opening figure was "about what we expected". She said most members had carried water over from last season.

"The growers who will feel this are the ones without carryover, the younger families who bought in recently," she said.

Renmark citrus grower Tony Mancini, who farms 40 hectares at Paringa, said the price of temporary water had already jumped since the weekend.

"Last week I was quoted $180 a megalitre. This morning it was $260," Mr Mancini said. "That's the difference between a profit and a loss on navels."

Mancini said he would hold off planting a new block of mandarins until the allocation improved.

The Murray-Darling Basin Authority said in its latest outlook that inflows to the system had been "well below average" for a third consecutive month.

Member for Chaffey Nathan Drogemuller said the government had released its "Riverland Water Security Plan" two years ago and had delivered "almost none of it".

"Irrigators can't plan a season around a fortnightly press release," he said.""", [
        Q("Riverland irrigators will start the new water year with a 60 per cent opening allocation on the "
          "River Murray",
          "indirect", "the State Government", "State Government"),
        Q("the figure reflected low inflows into the Hume and Dartmouth dams over winter and could rise if spring "
          "rainfall improved", "indirect", "Rhiannon Pearce", "Rhiannon Pearce"),
        Q('"I know 60 per cent is not what growers were hoping for,"', "direct", "Pearce", "Rhiannon Pearce",
          speaker_at='for," Ms Pearce'),
        Q('"But it is a responsible number, and we will review it every fortnight.', "direct", "Pearce",
          "Rhiannon Pearce", speaker_at='for," Ms Pearce'),
        Q('"If the spring is kind to us, growers will see that reflected quickly."', "direct", "Pearce",
          "Rhiannon Pearce", speaker_at='for," Ms Pearce'),
        Q("Allocations are expected to reach 100 per cent by February under average conditions", "indirect",
          "the Department for Environment and Water", "Department for Environment and Water"),
        Q('"about what we expected"', "partial", "Joanne Leggett", "Joanne Leggett"),
        Q("most members had carried water over from last season", "indirect", "She", "Joanne Leggett",
          speaker_at="She said most"),
        Q('"The growers who will feel this are the ones without carryover, the younger families who bought in '
          'recently,"', "direct", "she", "Joanne Leggett", speaker_at="she said"),
        Q("the price of temporary water had already jumped since the weekend", "indirect", "Tony Mancini",
          "Tony Mancini"),
        Q('"Last week I was quoted $180 a megalitre. This morning it was $260,"', "direct", "Mancini", "Tony Mancini",
          speaker_at='$260," Mr Mancini'),
        Q('"That\'s the difference between a profit and a loss on navels."', "direct", "Mancini", "Tony Mancini",
          speaker_at='$260," Mr Mancini'),
        Q("he would hold off planting a new block of mandarins until the allocation improved", "indirect", "Mancini",
          "Tony Mancini", speaker_at="Mancini said he"),
        Q('"well below average"', "partial", "The Murray-Darling Basin Authority", "Murray-Darling Basin Authority"),
        Q('"almost none of it"', "partial", "Nathan Drogemuller", "Nathan Drogemuller"),
        Q('"Irrigators can\'t plan a season around a fortnightly press release,"', "direct", "he",
          "Nathan Drogemuller", speaker_at="he said"),
    ], source="blind"),
    Case("blind98-dundo-diamond-trial", """Lunda Norte court begins trial of 12 accused of diamond smuggling

Dundo - The Lunda Norte Provincial Court on Monday began the trial of twelve people, including two police officers and a Congolese national, accused of smuggling rough diamonds worth more than USD 3 million across the border with the Democratic Republic of Congo.

According to the indictment read by the Public Prosecutor's Office, the group operated between 2021 and 2023 from the municipalities of Cuango and Lucapa, buying stones from illegal miners and moving them by motorbike to the border town of Chitato.

Public prosecutor António Kalunga told the court that the defendants "acted as a structured criminal organisation, with clear roles and regular payments".

"This was not occasional smuggling. It was a business, and it deprived the State of revenue that belongs to all Angolans," the prosecutor said.

The presiding judge, Eduarda Mateus, warned the public gallery that the session would be suspended at the first sign of disturbance.

Defence lawyer Domingos Chipenda said his clients, most of them young men from Cuango, had been "used by people who are not sitting in this room".

"My clients are the last link in the chain. The big buyers are still free," Chipenda told journalists outside the court.

According to the lawyer, the two police officers deny receiving any payments and will plead not guilty.

Speaking to ANGOP, the provincial director of the Criminal Investigation Service (SIC), Chief Superintendent Paulo Muanza, said that the case was the result of eight months of surveillance.

"We followed the stones from the pits to the border," Muanza said, adding that more arrests were possible.

In a statement, the national diamond concessionaire Endiama said illegal mining and trafficking cost the country hundreds of millions of dollars a year and welcomed the "firm action" of the justice authorities.

Public broadcaster Televisão Pública de Angola (TPA) reported that a thirteenth suspect remains at large and is believed to be in the DRC.

The trial resumes on Thursday with the hearing of the first witnesses, the court's spokesperson said.""", [
        Q("the group operated between 2021 and 2023 from the municipalities of Cuango and Lucapa, buying stones from "
          "illegal miners and moving them by motorbike to the border town of Chitato", "indirect",
          "the indictment read by the Public Prosecutor's Office", "Public Prosecutor's Office"),
        Q('"acted as a structured criminal organisation, with clear roles and regular payments"', "partial",
          "António Kalunga", "António Kalunga"),
        Q('"This was not occasional smuggling. It was a business, and it deprived the State of revenue that belongs '
          'to all Angolans,"', "direct", "the prosecutor", "António Kalunga"),
        Q("that the session would be suspended at the first sign of disturbance", "indirect", "Eduarda Mateus",
          "Eduarda Mateus"),
        Q('"used by people who are not sitting in this room"', "partial", "Domingos Chipenda", "Domingos Chipenda"),
        Q('"My clients are the last link in the chain. The big buyers are still free,"', "direct", "Chipenda",
          "Domingos Chipenda", speaker_at="Chipenda told"),
        Q("the two police officers deny receiving any payments and will plead not guilty", "indirect", "the lawyer",
          "Domingos Chipenda"),
        Q("that the case was the result of eight months of surveillance", "indirect", "Paulo Muanza", "Paulo Muanza"),
        Q('"We followed the stones from the pits to the border,"', "direct", "Muanza", "Paulo Muanza",
          speaker_at="Muanza said"),
        Q("that more arrests were possible", "indirect", "Muanza", "Paulo Muanza", speaker_at="Muanza said"),
        Q("illegal mining and trafficking cost the country hundreds of millions of dollars a year", "indirect",
          "Endiama", "Endiama"),
        Q('"firm action"', "partial", "Endiama", "Endiama"),
        Q("that a thirteenth suspect remains at large and is believed to be in the DRC", "indirect",
          "Televisão Pública de Angola", "Televisão Pública de Angola"),
        Q("The trial resumes on Thursday with the hearing of the first witnesses", "indirect",
          "the court's spokesperson", None),
    ], source="blind"),
    Case("blind98-luanda-diamonds", """Airport officer tells court he was paid to “look the other way” in diamond case

A customs officer at Luanda’s 4 de Fevereiro International Airport admitted in court on Wednesday that he had received 500,000 kwanzas a month to let passengers carrying rough diamonds through security without checks.

Testifying in the trial of six people accused of smuggling stones to Dubai and Antwerp, Horácio Miguel Kapinga, 41, said the money was handed to him in envelopes by a man he knew only as “Tio Zé”.

“I knew it was wrong. I have a family, and the salary does not reach the end of the month,” Kapinga told the judge, his voice breaking.

He said he had been told to “look the other way” on specific flights, usually on Thursdays.

The Attorney General’s Office (PGR) alleges that the network, led by a former manager at a state-owned diamond marketing firm, moved at least 18,000 carats out of the country between 2020 and 2022.

The main defendant, Feliciano Dala Ngunza, 56, denies all the charges. His lawyer, Teresa Cambuta, said her client was “a scapegoat for a system that everybody in the sector knew about”.

“There is no document, no photograph, no transfer that links my client to these stones,” Cambuta said, “only the word of a man who has admitted taking bribes.”

Presiding judge Adelino Sapalo asked Kapinga whether he had ever met Ngunza in person. “Never, your honour,” the witness replied.

According to the Ministry of Mineral Resources, Petroleum and Gas, Angola produced 9.8 million carats of diamonds last year, most of them from the Catoca mine in Lunda Sul.

Speaking to Ver Angola outside the court, Elias Tchipilica, an economist at the Catholic University of Angola, said the case showed how weak controls at exit points remained.

“Every stone that leaves illegally is a school or a hospital we will not build,” he said.

The trial continues next Tuesday.""", [
        Q("“look the other way”", "partial", "Airport officer", "Horácio Miguel Kapinga",
          at="paid to “look the other way” in"),
        Q("that he had received 500,000 kwanzas a month to let passengers carrying rough diamonds through security "
          "without checks", "indirect", "A customs officer at Luanda’s 4 de Fevereiro International Airport",
          "Horácio Miguel Kapinga"),
        Q("the money was handed to him in envelopes by a man he knew only as “Tio Zé”", "indirect",
          "Horácio Miguel Kapinga", "Horácio Miguel Kapinga"),
        Q("“I knew it was wrong. I have a family, and the salary does not reach the end of the month,”", "direct",
          "Kapinga", "Horácio Miguel Kapinga", speaker_at="Kapinga told"),
        Q("“look the other way”", "partial", "He", "Horácio Miguel Kapinga", at="told to “look the other way” on",
          speaker_at="He said he had"),
        Q("that the network, led by a former manager at a state-owned diamond marketing firm, moved at least 18,000 "
          "carats out of the country between 2020 and 2022", "indirect", "The Attorney General’s Office",
          "Attorney General’s Office"),
        Q("“a scapegoat for a system that everybody in the sector knew about”", "partial", "Teresa Cambuta",
          "Teresa Cambuta"),
        Q("“There is no document, no photograph, no transfer that links my client to these stones,”", "direct",
          "Cambuta", "Teresa Cambuta", speaker_at="Cambuta said"),
        Q("“only the word of a man who has admitted taking bribes.”", "direct", "Cambuta", "Teresa Cambuta",
          speaker_at="Cambuta said"),
        Q("“Never, your honour,”", "direct", "the witness", "Horácio Miguel Kapinga"),
        Q("Angola produced 9.8 million carats of diamonds last year, most of them from the Catoca mine in Lunda Sul",
          "indirect", "the Ministry of Mineral Resources, Petroleum and Gas",
          "Ministry of Mineral Resources, Petroleum and Gas"),
        Q("the case showed how weak controls at exit points remained", "indirect", "Elias Tchipilica",
          "Elias Tchipilica"),
        Q("“Every stone that leaves illegally is a school or a hospital we will not build,”", "direct", "he",
          "Elias Tchipilica", speaker_at="he said"),
    ], source="blind"),
    Case("blind98-textang-export", """Angolan textile plant wins first export order from Portugal

Luanda - The Textang II textile factory in Luanda has received its first export order, for 120,000 cotton T-shirts to be shipped to a clothing distributor in Porto, Angolan news agency Angop reported on Tuesday.

The order, worth about 1.1 million euros, will be delivered in three batches by the end of the year, the factory's chief executive, Joaquim Lutucuta Sebastião, told the agency.

"It is a small order by international standards, but it is proof that Angolan cotton, spun and sewn in Angola, can compete in Europe," Sebastião said.

He said the factory, which reopened in 2019 after two decades of inactivity, employs 850 workers and would hire another 200 if the Portuguese client confirmed a second order.

Secretary of State for Industry Benvinda Cassoma, who visited the plant on Monday, described the contract as "a milestone for the diversification of the economy". Speaking to workers on the factory floor, she said the government would extend tax incentives to textile exporters under the "Made in Angola" programme.

According to the Angolan Cotton Institute, national production reached 9,000 tonnes in the last season, still well below the factory's needs.

The vice-president of the Angolan Industrial Association (AIA), Nelson Kapitango, warned that power cuts and the cost of imported dyes remained "the two biggest enemies" of local manufacturers.

"We applaud Textang, but one order does not make an industry," he told reporters in Luanda.

Seamstress Madalena Kiala, 29, said she had worked at the factory since it reopened. "Before, I sold clothes from China at the market. Now I make them," she said, laughing.

A spokesperson for the Porto distributor, which asked not to be named, said the company had been attracted by shorter shipping times than from Asia.""", [
        Q("The Textang II textile factory in Luanda has received its first export order, for 120,000 cotton T-shirts "
          "to be shipped to a clothing distributor in Porto", "indirect", "Angolan news agency Angop", "Angop"),
        Q("The order, worth about 1.1 million euros, will be delivered in three batches by the end of the year",
          "indirect", "Joaquim Lutucuta Sebastião", "Joaquim Lutucuta Sebastião"),
        Q('"It is a small order by international standards, but it is proof that Angolan cotton, spun and sewn in '
          'Angola, can compete in Europe,"', "direct", "Sebastião", "Joaquim Lutucuta Sebastião",
          speaker_at="Sebastião said"),
        Q("the factory, which reopened in 2019 after two decades of inactivity, employs 850 workers and would hire "
          "another 200 if the Portuguese client confirmed a second order", "indirect", "He",
          "Joaquim Lutucuta Sebastião", speaker_at="He said the factory"),
        Q('"a milestone for the diversification of the economy"', "partial", "Benvinda Cassoma", "Benvinda Cassoma"),
        Q('the government would extend tax incentives to textile exporters under the "Made in Angola" programme',
          "indirect", "she", "Benvinda Cassoma", speaker_at="she said the government"),
        Q("national production reached 9,000 tonnes in the last season, still well below the factory's needs",
          "indirect", "the Angolan Cotton Institute", "Angolan Cotton Institute"),
        Q('"the two biggest enemies"', "partial", "Nelson Kapitango", "Nelson Kapitango"),
        Q('"We applaud Textang, but one order does not make an industry,"', "direct", "he", "Nelson Kapitango",
          speaker_at="he told reporters"),
        Q("she had worked at the factory since it reopened", "indirect", "Madalena Kiala", "Madalena Kiala"),
        Q('"Before, I sold clothes from China at the market. Now I make them,"', "direct", "she", "Madalena Kiala",
          speaker_at="she said, laughing"),
        Q("the company had been attracted by shorter shipping times than from Asia", "indirect",
          "A spokesperson for the Porto distributor", None),
    ], source="blind"),
    Case("blind98-sangrur-farmers", """Farmers block Sangrur highway over DAP shortage, delayed paddy payments

Sangrur, November 6: Hundreds of farmers owing allegiance to the Bharti Kisan Union (Ekta-Ugrahan) blocked the Sangrur-Patiala highway near Bhawanigarh for over six hours on Wednesday, demanding immediate supply of DAP fertiliser and the release of pending payments for paddy.

The protesters alleged that cooperative societies in the district had received less than half of the fertiliser needed for wheat sowing and that private dealers were selling bags at a premium of Rs 200 to Rs 300.

"We have been running from one society to another for ten days. If wheat is sown late, the yield falls, and who will pay for that?" asked Jagtar Singh Dhaliwal, the union's district president.

Dhaliwal said commission agents in Bhawanigarh and Dhuri were yet to be paid for nearly 40 per cent of the paddy procured since October 1, leaving farmers unable to repay loans.

Balwinder Kaur, who farms eight acres in Ghanauri Kalan village, said she had sold her crop on October 14 and was still waiting for the money. "The government says payment within 48 hours. It has been three weeks," she said.

Traffic was diverted through Nabha, causing long queues of trucks, according to the police.

Deputy Commissioner Ramandeep Kaur Bains met a delegation of the protesters in the afternoon and assured them that 12 rakes of DAP were expected to reach Punjab by the end of the week, of which two would be allotted to Sangrur.

"There is no shortage of intent. The supply from the Centre has been slow, and we are following up daily," the DC told The Tribune.

Agriculture Minister Kuldeep Singh Sekhon, in a statement issued from Chandigarh, blamed the Union Government for its "step-motherly treatment" of Punjab in fertiliser allocation and said the state had written to the Union Ministry of Chemicals and Fertilisers three times since September.

The Punjab Mandi Board said payments worth Rs 1,180 crore had been released to commission agents on Tuesday. The remaining amount would be cleared "within days", it added.

The union lifted the blockade at 5 pm but warned that it would gherao the DC office on Monday if the fertiliser did not arrive. "This is only a warning," Dhaliwal said.""", [
        Q("that cooperative societies in the district had received less than half of the fertiliser needed for wheat "
          "sowing and that private dealers were selling bags at a premium of Rs 200 to Rs 300", "indirect",
          "The protesters", None),
        Q('"We have been running from one society to another for ten days. If wheat is sown late, the yield falls, '
          'and who will pay for that?"', "direct", "Jagtar Singh Dhaliwal", "Jagtar Singh Dhaliwal"),
        Q("commission agents in Bhawanigarh and Dhuri were yet to be paid for nearly 40 per cent of the paddy "
          "procured since October 1, leaving farmers unable to repay loans", "indirect", "Dhaliwal",
          "Jagtar Singh Dhaliwal", speaker_at="Dhaliwal said commission"),
        Q("she had sold her crop on October 14 and was still waiting for the money", "indirect", "Balwinder Kaur",
          "Balwinder Kaur"),
        Q('"The government says payment within 48 hours. It has been three weeks,"', "direct", "she",
          "Balwinder Kaur", speaker_at="she said"),
        Q("Traffic was diverted through Nabha, causing long queues of trucks", "indirect", "the police", None),
        Q("that 12 rakes of DAP were expected to reach Punjab by the end of the week, of which two would be allotted "
          "to Sangrur", "indirect", "Ramandeep Kaur Bains", "Ramandeep Kaur Bains"),
        Q('"There is no shortage of intent. The supply from the Centre has been slow, and we are following up daily,"',
          "direct", "the DC", "Ramandeep Kaur Bains", speaker_at="the DC told"),
        Q('"step-motherly treatment"', "partial", "Kuldeep Singh Sekhon", "Kuldeep Singh Sekhon"),
        Q("the state had written to the Union Ministry of Chemicals and Fertilisers three times since September",
          "indirect", "Kuldeep Singh Sekhon", "Kuldeep Singh Sekhon"),
        Q("payments worth Rs 1,180 crore had been released to commission agents on Tuesday", "indirect",
          "The Punjab Mandi Board", "Punjab Mandi Board"),
        Q('"within days"', "partial", "it", "Punjab Mandi Board", speaker_at="it added"),
        Q("that it would gherao the DC office on Monday if the fertiliser did not arrive", "indirect", "The union",
          "Bharti Kisan Union (Ekta-Ugrahan)"),
        Q('"This is only a warning,"', "direct", "Dhaliwal", "Jagtar Singh Dhaliwal",
          speaker_at='warning," Dhaliwal said'),
    ], source="blind"),
    Case("blind98-bbmb-water", """Punjab refuses extra Bhakra water to Haryana, BBMB meeting ends in deadlock

CHANDIGARH: A meeting of the Bhakra Beas Management Board (BBMB) on Friday ended without agreement after Punjab refused to release an additional 4,500 cusecs of water to Haryana, with the state's representative insisting that Haryana had already used up its share for the depletion period.

Punjab water resources minister Amandeep Singh Randhawa told reporters after the meeting that Punjab "does not have a single drop to spare".

"Haryana has drawn 104 per cent of its allocation since September. We are not going to take water from Punjab's farmers to cover someone else's poor planning," Randhawa said.

He said the Bhakra and Pong reservoirs were 20 feet lower than last year and that paddy transplantation in the state would begin on June 1.

Haryana irrigation minister Surender Malik, however, described the decision as "unfortunate and unconstitutional", saying Haryana needed the water for drinking purposes in Hisar, Sirsa and Fatehabad.

"No state can refuse drinking water to the people of another state. We will take every legal step," Malik said in a statement. He added that Haryana would approach the Union ministry of Jal Shakti.

Officials privy to the meeting said the BBMB chairman, Rakesh Vashisht, had proposed a compromise of 2,000 cusecs for two weeks, which Punjab rejected.

A BBMB spokesperson said the board would meet again on Tuesday and that its technical committee would review the latest inflow data.

The dispute is the latest flare-up in a decades-old tussle between the two states that also includes the unfinished Sutlej-Yamuna Link (SYL) canal, which Punjab politicians across party lines have called a "death warrant" for the state's agriculture.

Gurdev Singh Virk, a former member (irrigation) of the BBMB, said the real problem was that allocations were still based on the 1981 agreement.

"The 1981 figures assumed flows that we have not seen in twenty years," Virk said. "Until the allocation is revisited, every dry summer will produce the same fight.\"""", [
        Q("that Haryana had already used up its share for the depletion period", "indirect",
          "the state's representative", None),
        Q('"does not have a single drop to spare"', "partial", "Amandeep Singh Randhawa", "Amandeep Singh Randhawa"),
        Q('"Haryana has drawn 104 per cent of its allocation since September. We are not going to take water from '
          'Punjab\'s farmers to cover someone else\'s poor planning,"', "direct", "Randhawa", "Amandeep Singh Randhawa",
          speaker_at="Randhawa said"),
        Q("the Bhakra and Pong reservoirs were 20 feet lower than last year and that paddy transplantation in the "
          "state would begin on June 1", "indirect", "He", "Amandeep Singh Randhawa", speaker_at="He said the Bhakra"),
        Q('"unfortunate and unconstitutional"', "partial", "Surender Malik", "Surender Malik"),
        Q("Haryana needed the water for drinking purposes in Hisar, Sirsa and Fatehabad", "indirect",
          "Surender Malik", "Surender Malik"),
        Q('"No state can refuse drinking water to the people of another state. We will take every legal step,"',
          "direct", "Malik", "Surender Malik", speaker_at="Malik said"),
        Q("that Haryana would approach the Union ministry of Jal Shakti", "indirect", "He", "Surender Malik",
          speaker_at="He added"),
        Q("the BBMB chairman, Rakesh Vashisht, had proposed a compromise of 2,000 cusecs for two weeks, which Punjab "
          "rejected", "indirect", "Officials privy to the meeting", None),
        Q("the board would meet again on Tuesday and that its technical committee would review the latest inflow data",
          "indirect", "A BBMB spokesperson", None),
        Q('"death warrant"', "partial", "Punjab politicians across party lines", None),
        Q("the real problem was that allocations were still based on the 1981 agreement", "indirect",
          "Gurdev Singh Virk", "Gurdev Singh Virk"),
        Q('"The 1981 figures assumed flows that we have not seen in twenty years,"', "direct", "Virk",
          "Gurdev Singh Virk", speaker_at="Virk said"),
        Q('"Until the allocation is revisited, every dry summer will produce the same fight."', "direct", "Virk",
          "Gurdev Singh Virk", speaker_at="Virk said"),
    ], source="blind"),
    Case("blind98-ludhiana-knitwear", """Ludhiana knitwear units bag Rs 85-crore order from Spanish retailer

Ludhiana, January 22: A consortium of seven Ludhiana knitwear exporters has bagged an order worth nearly Rs 85 crore for 4.5 lakh sweatshirts and hoodies from a Spanish fashion retailer, the biggest single export order for the city in a decade, industry leaders said.

Rajiv Malhotra, managing director of Ganga Knit Fab and coordinator of the consortium, said the order had come largely because buyers were looking to reduce their dependence on Bangladesh.

"For years we were told Ludhiana is only for winterwear for the domestic market. This order shows that our units can deliver international quality at scale," Malhotra said, adding that the first consignment would be shipped from the Dhandari Kalan dry port on February 15.

The order will require about 3,000 additional workers over the next four months, according to the consortium.

The city, long dubbed the "Manchester of India", has seen its exports stagnate since the pandemic.

Sudershan Jain, president of the Ludhiana Knitwear and Apparel Manufacturers' Association, welcomed the order but said labour shortage remained "the biggest headache" for the industry, as many migrant workers from Bihar and Uttar Pradesh had not returned after Chhath.

"If we don't get workers, we will have to pay overtime, and that eats into the margin," Jain said.

The Apparel Export Promotion Council (AEPC) said in a statement that exports of knitted garments from Punjab had risen by 11 per cent in April-December compared with the same period last year.

AEPC regional director Neha Ahluwalia said: "Ludhiana has the capacity. What it needs now is designers and compliance certification, and we are working with the units on both."

Industries Minister Parminder Singh Gill, who visited one of the units on Monday, assured exporters that the long-pending common effluent treatment plant on Tajpur Road would be upgraded before summer.

At the Ganga Knit Fab unit in Focal Point, tailor Mohammad Irfan, who came from Saharanpur in 2009, said the order meant steady work till May. "Last year there were weeks we sat at home," he said.""", [
        Q("A consortium of seven Ludhiana knitwear exporters has bagged an order worth nearly Rs 85 crore for 4.5 lakh "
          "sweatshirts and hoodies from a Spanish fashion retailer, the biggest single export order for the city in a "
          "decade", "indirect", "industry leaders", None),
        Q("the order had come largely because buyers were looking to reduce their dependence on Bangladesh",
          "indirect", "Rajiv Malhotra", "Rajiv Malhotra"),
        Q('"For years we were told Ludhiana is only for winterwear for the domestic market. This order shows that our '
          'units can deliver international quality at scale,"', "direct", "Malhotra", "Rajiv Malhotra",
          speaker_at="Malhotra said"),
        Q("that the first consignment would be shipped from the Dhandari Kalan dry port on February 15", "indirect",
          "Malhotra", "Rajiv Malhotra", speaker_at="Malhotra said"),
        Q("The order will require about 3,000 additional workers over the next four months", "indirect",
          "the consortium", None, speaker_at="according to the consortium"),
        Q('"the biggest headache"', "partial", "Sudershan Jain", "Sudershan Jain"),
        Q('"If we don\'t get workers, we will have to pay overtime, and that eats into the margin,"', "direct", "Jain",
          "Sudershan Jain", speaker_at="Jain said"),
        Q("that exports of knitted garments from Punjab had risen by 11 per cent in April-December compared with the "
          "same period last year", "indirect", "The Apparel Export Promotion Council",
          "Apparel Export Promotion Council"),
        Q('"Ludhiana has the capacity. What it needs now is designers and compliance certification, and we are working '
          'with the units on both."', "direct", "Neha Ahluwalia", "Neha Ahluwalia"),
        Q("that the long-pending common effluent treatment plant on Tajpur Road would be upgraded before summer",
          "indirect", "Parminder Singh Gill", "Parminder Singh Gill"),
        Q("the order meant steady work till May", "indirect", "Mohammad Irfan", "Mohammad Irfan"),
        Q('"Last year there were weeks we sat at home,"', "direct", "he", "Mohammad Irfan", speaker_at="he said"),
    ], source="blind"),
    Case("blind98-periyakulam-inquiry", """Car festival crowd crush: inquiry commission begins hearings in Periyakulam

The one-man commission of inquiry into the crowd crush at the Arulmigu Gowmariamman temple car festival in Periyakulam, which claimed four lives on April 14, began its hearings on Monday.

Justice (retd.) R. Sundaramoorthy, who heads the commission, said it would examine whether the police deployment, the barricading and the route taken by the temple car were adequate.

“Every person who was present, whether a devotee, a shopkeeper or a police officer, is welcome to depose,” Justice Sundaramoorthy told reporters after the first sitting. “Nobody need fear any consequence for telling the truth.”

He added that the commission would visit the spot on the evening of April 28 “at the same hour the car passed that junction”.

The commission recorded statements from 23 persons on the first day, including relatives of the deceased.

S. Muthulakshmi, whose 62-year-old mother was among those killed, told the commission that there was no barricade at the junction of South Car Street and the bazaar road when the ‘ther’ turned.

“The crowd came from both sides. There was no policeman near us, only volunteers with whistles,” she said.

According to the police, nearly 40,000 devotees had gathered for the festival, against an estimated 25,000 last year.

Superintendent of Police K. Arumugasamy had earlier said that 600 personnel were deployed. In a statement on Monday, he said the police would “fully cooperate” with the commission.

The Hindu Religious and Charitable Endowments (HR&CE) Department, which administers the temple, said in a statement that it had handed over footage from 14 CCTV cameras to the commission.

The AIADMK had demanded a judicial probe soon after the incident. Its Theni district secretary, S. Thangapandian, alleged that the festival committee had ignored warnings from local traders about the narrow route.

“This was an avoidable tragedy,” Mr. Thangapandian said.

The commission has been given three months to submit its report. Its next sitting will be held on May 5, an official said.""", [
        Q("it would examine whether the police deployment, the barricading and the route taken by the temple car were "
          "adequate", "indirect", "R. Sundaramoorthy", "R. Sundaramoorthy"),
        Q("“Every person who was present, whether a devotee, a shopkeeper or a police officer, is welcome to depose,”",
          "direct", "Sundaramoorthy", "R. Sundaramoorthy", speaker_at="Sundaramoorthy told"),
        Q("“Nobody need fear any consequence for telling the truth.”", "direct", "Sundaramoorthy", "R. Sundaramoorthy",
          speaker_at="Sundaramoorthy told"),
        Q("“at the same hour the car passed that junction”", "partial", "He", "R. Sundaramoorthy",
          speaker_at="He added"),
        Q("that there was no barricade at the junction of South Car Street and the bazaar road when the ‘ther’ turned",
          "indirect", "S. Muthulakshmi", "S. Muthulakshmi"),
        Q("“The crowd came from both sides. There was no policeman near us, only volunteers with whistles,”", "direct",
          "she", "S. Muthulakshmi", speaker_at="she said"),
        Q("nearly 40,000 devotees had gathered for the festival, against an estimated 25,000 last year", "indirect",
          "the police", None, speaker_at="According to the police"),
        Q("that 600 personnel were deployed", "indirect", "K. Arumugasamy", "K. Arumugasamy"),
        Q("“fully cooperate”", "partial", "he", "K. Arumugasamy", speaker_at="he said the police"),
        Q("that it had handed over footage from 14 CCTV cameras to the commission", "indirect",
          "The Hindu Religious and Charitable Endowments (HR&CE) Department",
          "Hindu Religious and Charitable Endowments Department"),
        Q("that the festival committee had ignored warnings from local traders about the narrow route", "indirect",
          "S. Thangapandian", "S. Thangapandian"),
        Q("“This was an avoidable tragedy,”", "direct", "Thangapandian", "S. Thangapandian",
          speaker_at="Mr. Thangapandian said"),
        Q("Its next sitting will be held on May 5", "indirect", "an official", None),
    ], source="blind"),
    Case("blind98-deepam-report", """Deepam crowd crush: Inquiry flags closed exits, faulty PA system

TIRUVANNAMALAI: An inquiry by the Tamil Nadu State Disaster Management Authority (TNSDMA) into the crowd crush near the Rajagopuram of the Arunachaleswarar temple during the Karthigai Deepam festival, in which three devotees died and 27 were injured, has blamed the closure of two side exits and a public address system that "failed at the worst possible moment".

The 46-page report, tabled in the Assembly on Tuesday, said that nearly 1.2 lakh people were inside the outer corridor when the Bharani Deepam was lit, more than double the number the space could safely hold.

It said police had closed the Thirumanjana Gopuram gate "on oral instructions" that no officer has since owned up to.

The report also recommends that the number of "VIP" passes issued for the Deepam day be capped at 1,000. Over 9,000 such passes were issued last year.

Revenue and Disaster Management Minister K.R. Ilangovan said the government had accepted all 18 recommendations, including a cap on entry passes and a dedicated crowd-control unit for major festivals.

"We will not wait for next year's Deepam. The crowd-control unit will be in place for Thai Poosam in January," the minister told reporters at the Secretariat in Chennai.

AIADMK organising secretary P. Vetrivel said the report had "whitewashed" the role of senior police officers. "Not one senior officer has been named. Only constables and temple staff," he alleged.

Joint Commissioner of the temple S. Meenakshi Sundaram said the temple administration had been asked by the police to close the gate.

"We followed the instructions we received," he said, "and we have given the inquiry every record we have."

One devotee from Chengam, who was injured in the crush, told TNIE that the announcements could not be heard beyond the flagstaff. "People at the back kept pushing because nobody told them to stop," he said.""", [
        Q('"failed at the worst possible moment"', "partial",
          "An inquiry by the Tamil Nadu State Disaster Management Authority",
          "Tamil Nadu State Disaster Management Authority"),
        Q("that nearly 1.2 lakh people were inside the outer corridor when the Bharani Deepam was lit, more than "
          "double the number the space could safely hold", "indirect", "The 46-page report",
          "Tamil Nadu State Disaster Management Authority"),
        Q('"on oral instructions"', "partial", "It", "Tamil Nadu State Disaster Management Authority",
          speaker_at="It said police"),
        Q('that the number of "VIP" passes issued for the Deepam day be capped at 1,000', "indirect", "The report",
          "Tamil Nadu State Disaster Management Authority"),
        Q("the government had accepted all 18 recommendations, including a cap on entry passes and a dedicated "
          "crowd-control unit for major festivals", "indirect", "K.R. Ilangovan", "K.R. Ilangovan"),
        Q('"We will not wait for next year\'s Deepam. The crowd-control unit will be in place for Thai Poosam in '
          'January,"', "direct", "the minister", "K.R. Ilangovan"),
        Q('"whitewashed"', "partial", "P. Vetrivel", "P. Vetrivel"),
        Q('"Not one senior officer has been named. Only constables and temple staff,"', "direct", "he", "P. Vetrivel",
          speaker_at="he alleged"),
        Q("the temple administration had been asked by the police to close the gate", "indirect",
          "S. Meenakshi Sundaram", "S. Meenakshi Sundaram"),
        Q('"We followed the instructions we received,"', "direct", "he", "S. Meenakshi Sundaram",
          speaker_at='received," he said'),
        Q('"and we have given the inquiry every record we have."', "direct", "he", "S. Meenakshi Sundaram",
          speaker_at='received," he said'),
        Q("that the announcements could not be heard beyond the flagstaff", "indirect", "One devotee from Chengam",
          None),
        Q('"People at the back kept pushing because nobody told them to stop,"', "direct", "he", None,
          speaker_at='stop," he said'),
    ], source="blind"),
    Case("blind98-delta-farmers", """Delta farmers stage road roko, demand relief for rain-hit samba crop

THANJAVUR: Over 500 farmers staged a road roko on the Thanjavur-Kumbakonam road near Ammapettai on Thursday, demanding compensation of Rs 35,000 per acre for samba paddy damaged in last week's heavy rain and the immediate release of Cauvery water by Karnataka.

The protest, organised by the Delta Farmers' Welfare Association, threw traffic out of gear for nearly three hours.

Association president K. Balasubramanian said at least 1.4 lakh acres of samba and thaladi crops in Thanjavur, Tiruvarur and Nagapattinam districts had been submerged for more than five days.

"The crop is 45 days old. Once water stands on it for a week, the roots rot and there is nothing left to save," Balasubramanian said. "The Rs 17,000 per hectare that the government announced last year does not even cover the cost of seedlings and labour.

"We are not asking for charity. We are asking for the cost of cultivation."

He also said the State should press the Cauvery Water Management Authority (CWMA) to ensure that Karnataka released the 12 tmcft of water due for November.

Women farmers from Papanasam joined the protest carrying bundles of rotting paddy. R. Selvi, a tenant farmer from Ayyampettai, said she had borrowed Rs 60,000 from a private lender at 3 per cent monthly interest. "If there is no compensation, I will have to sell my jewels," she said.

According to the police, 212 farmers, including 38 women, were detained and released in the evening.

Collector D. Rajeswari told DT Next that enumeration of crop damage had begun in all 14 blocks and would be completed within a week. "Officials of the Agriculture and Revenue departments have been asked to visit every affected field. No farmer will be left out," she said.

The Collector added that farmers who had enrolled under the "Pradhan Mantri Fasal Bima Yojana" should report their losses to the insurer within 72 hours.

In Chennai, the Agriculture Department said in a release that a central team would be requested to assess the damage.

The association warned that it would lay siege to the Collectorate on November 25 if relief was not announced.""", [
        Q("at least 1.4 lakh acres of samba and thaladi crops in Thanjavur, Tiruvarur and Nagapattinam districts had "
          "been submerged for more than five days", "indirect", "K. Balasubramanian", "K. Balasubramanian"),
        Q('"The crop is 45 days old. Once water stands on it for a week, the roots rot and there is nothing left to '
          'save,"', "direct", "Balasubramanian", "K. Balasubramanian", speaker_at='save," Balasubramanian said'),
        Q('"The Rs 17,000 per hectare that the government announced last year does not even cover the cost of '
          'seedlings and labour.', "direct", "Balasubramanian", "K. Balasubramanian",
          speaker_at='save," Balasubramanian said'),
        Q('"We are not asking for charity. We are asking for the cost of cultivation."', "direct", "Balasubramanian",
          "K. Balasubramanian", speaker_at='save," Balasubramanian said'),
        Q("the State should press the Cauvery Water Management Authority (CWMA) to ensure that Karnataka released the "
          "12 tmcft of water due for November", "indirect", "He", "K. Balasubramanian", speaker_at="He also said"),
        Q("she had borrowed Rs 60,000 from a private lender at 3 per cent monthly interest", "indirect", "R. Selvi",
          "R. Selvi"),
        Q('"If there is no compensation, I will have to sell my jewels,"', "direct", "she", "R. Selvi",
          speaker_at='jewels," she said'),
        Q("212 farmers, including 38 women, were detained and released in the evening", "indirect", "the police",
          None),
        Q("that enumeration of crop damage had begun in all 14 blocks and would be completed within a week",
          "indirect", "D. Rajeswari", "D. Rajeswari"),
        Q('"Officials of the Agriculture and Revenue departments have been asked to visit every affected field. No '
          'farmer will be left out,"', "direct", "she", "D. Rajeswari", speaker_at='out," she said'),
        Q('that farmers who had enrolled under the "Pradhan Mantri Fasal Bima Yojana" should report their losses to '
          'the insurer within 72 hours', "indirect", "The Collector", "D. Rajeswari"),
        Q("that a central team would be requested to assess the damage", "indirect", "the Agriculture Department",
          "Agriculture Department"),
        Q("that it would lay siege to the Collectorate on November 25 if relief was not announced", "indirect",
          "The association", "Delta Farmers' Welfare Association"),
    ], source="blind"),
]
