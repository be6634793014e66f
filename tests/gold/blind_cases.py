"""Blind held-out gold: twelve news articles written without reading the rules.

Whoever wrote these did not open the pretagger's code or its evaluation, and
did not run either on the articles, so nothing here was tuned against. The
topics, names and sentences are new (none from the dev or held-out sets);
the house styles vary: Reuters, AP and AFP wire copy, a British broadsheet
with single marks, a British business page with curly single marks, an
Australian and an Indian paper, a tabloid, a local weekly (with one missing
closing mark), a science piece and a court report. Titles, campaign names
and scare quotes nobody says get no quote. See build_gold.py for the format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # -- Reuters, foreign affairs: ministries, navy, state media, a spokesman -------------------------
    Case("blind-fishing", """Ecuador summons Peruvian envoy after fishing boats seized

QUITO (Reuters) - Ecuador's foreign ministry summoned Peru's ambassador on Tuesday after the Peruvian Navy detained four Ecuadorean fishing boats and 37 crew members in waters both countries claim, the latest flare-up in a long-running dispute over fishing rights.

The Ministry of Foreign Affairs and Human Mobility said in a statement that the boats had been "operating lawfully in Ecuadorean waters" and demanded the immediate release of the crews.

"We will not accept the detention of our fishermen as a bargaining chip," Foreign Minister Lucia Arteaga told reporters at the presidential palace. "The crews must be home by the end of the week."

The Peruvian Navy said the vessels had been intercepted about 40 nautical miles off the port of Paita and were using nets banned under Peruvian law. A navy spokesman said the crews were in good health. They were being "treated with full respect for their rights", he added.

Peruvian state news agency Andina reported that the boats had been towed to Paita, where prosecutors would decide whether to file charges.

According to Ecuador's national fishing federation FENACOPEC, it is the third such seizure this year. Its president, Marco Villacis, said families in the coastal town of Manta had not heard from their relatives since Sunday.

"They took the boats, the catch and the radios," he said. "Nobody is telling us anything."

Officials in Lima played down the row. Peru's foreign minister, Ernesto Quinones, was quoted by the newspaper El Comercio as saying that the matter was "a technical issue for the courts, not a diplomatic crisis".

Arteaga said she would raise the case with the Organization of American States if the crews were not freed. The ministry added that it had offered to resume talks on a joint fisheries commission, which stalled in 2021.

(Reporting by Ana Pazmino; Editing by Tom Hewitt)""", [
        Q('"operating lawfully in Ecuadorean waters"', "partial", "The Ministry of Foreign Affairs and Human Mobility",
          "Ministry of Foreign Affairs and Human Mobility"),
        Q('"We will not accept the detention of our fishermen as a bargaining chip,"', "direct", "Lucia Arteaga",
          "Lucia Arteaga"),
        Q('"The crews must be home by the end of the week."', "direct", "Lucia Arteaga", "Lucia Arteaga"),
        Q("the vessels had been intercepted about 40 nautical miles off the port of Paita and were using nets banned "
          "under Peruvian law", "indirect", "The Peruvian Navy", "Peruvian Navy", speaker_at="The Peruvian Navy said"),
        Q("the crews were in good health", "indirect", "A navy spokesman", None),
        Q('"treated with full respect for their rights"', "partial", "he", None, speaker_at="he added"),
        Q("that the boats had been towed to Paita, where prosecutors would decide whether to file charges", "indirect",
          "Andina", "Andina"),
        Q("it is the third such seizure this year", "indirect", "FENACOPEC", "FENACOPEC"),
        Q("families in the coastal town of Manta had not heard from their relatives since Sunday", "indirect",
          "Marco Villacis", "Marco Villacis"),
        Q('"They took the boats, the catch and the radios,"', "direct", "he", "Marco Villacis",
          speaker_at='radios," he said'),
        Q('"Nobody is telling us anything."', "direct", "he", "Marco Villacis", speaker_at='radios," he said'),
        Q('"a technical issue for the courts, not a diplomatic crisis"', "partial", "Ernesto Quinones",
          "Ernesto Quinones"),
        Q("she would raise the case with the Organization of American States if the crews were not freed",
          "indirect", "Arteaga", "Lucia Arteaga", speaker_at="Arteaga said"),
        Q("that it had offered to resume talks on a joint fisheries commission, which stalled in 2021", "indirect",
          "The ministry", "Ministry of Foreign Affairs and Human Mobility", speaker_at="The ministry added"),
    ], source="blind"),

    # -- AP, sports: epithets, a quote split by its attribution -----------------------------------------
    Case("blind-tennis", """Okafor saves 3 match points, stuns Lindqvist in Miami

MIAMI GARDENS, Fla. (AP) \u2014 Adaeze Okafor saved three match points in a second-set tiebreaker and beat fourth-seeded Saga Lindqvist 4-6, 7-6 (9), 6-3 on Thursday to reach the Miami Open semifinals for the first time.

The 20-year-old qualifier, ranked 112th, had never beaten a top-10 player before this week.

"Honestly, at 6-5 in the breaker I was thinking about my flight home," Okafor said. "Then I told myself, just make her play one more ball."

Lindqvist, who won the title here two years ago, served for the match at 5-4 in the second set but was broken at love.

"I got a little tight," the Swede said, "and she didn't give me anything after that. She deserved it."

Okafor's coach, former doubles player Martin Esposito, said the turning point came long before the tiebreaker. He said Okafor had spent the winter rebuilding her second serve, which she now hits "like a first serve with a seat belt on."

Asked about Saturday's semifinal against defending champion Kira Malenko, Okafor laughed.

"I've watched her on TV since I was 12. Now I have to figure out how to beat her," she said.

Malenko advanced earlier in the day when her opponent, Paula Reis of Brazil, retired with a wrist injury while trailing 6-2, 2-0. Tournament officials said Reis would have the wrist examined on Friday.

"It's not the way you want to win," Malenko said. "I hope she is back soon."

In the men's draw, top-seeded Tomas Varga plays Friday night.""", [
        Q('"Honestly, at 6-5 in the breaker I was thinking about my flight home,"', "direct", "Okafor",
          "Adaeze Okafor", speaker_at="Okafor said"),
        Q('"Then I told myself, just make her play one more ball."', "direct", "Okafor", "Adaeze Okafor",
          speaker_at="Okafor said"),
        Q('"I got a little tight,"', "direct", "the Swede", "Saga Lindqvist"),
        Q('"and she didn\'t give me anything after that. She deserved it."', "direct", "the Swede", "Saga Lindqvist"),
        Q("the turning point came long before the tiebreaker", "indirect", "Martin Esposito", "Martin Esposito"),
        Q('"like a first serve with a seat belt on."', "partial", "He", "Martin Esposito", speaker_at="He said"),
        Q('"I\'ve watched her on TV since I was 12. Now I have to figure out how to beat her,"', "direct", "she",
          "Adaeze Okafor", speaker_at='her," she said'),
        Q("Reis would have the wrist examined on Friday", "indirect", "Tournament officials", None),
        Q('"It\'s not the way you want to win,"', "direct", "Malenko", "Kira Malenko", speaker_at="Malenko said"),
        Q('"I hope she is back soon."', "direct", "Malenko", "Kira Malenko", speaker_at="Malenko said"),
    ], source="blind"),

    # -- British broadsheet, straight single marks, a quote carried into the next paragraph ---------------
    Case("blind-prize", """Debut novel about Hebridean whalers wins \u00a340,000 Marlow prize

A debut novel set among the whalers of 19th-century Lewis has won this year's Marlow Prize for Fiction, beating two former Booker winners to the \u00a340,000 award.

Isla MacAulay, a former schoolteacher from Stornoway, wrote 'The Salt Ledger' over seven years, largely in the early mornings before work. The judges called it 'a book of enormous patience and nerve'.

Speaking at the ceremony at the Guildhall in London on Tuesday night, MacAulay said she had almost abandoned the manuscript twice. 'There was a winter when I put it in a drawer and told my husband it was finished, which was a lie,' she said.

'What kept me going was my grandmother's voice. She grew up hearing these stories, and she'd have been furious if I'd given up.'

Professor Harriet Conway, who chaired the judging panel, said the decision had been unanimous. 'We read 164 novels this year, and this was the one we kept arguing about in the corridors,' she said. 'It does what the best historical fiction does: it makes the past feel like news.

'I suspect a great many readers are about to discover Lewis.'

Her publisher, Breakwater Books, said it had ordered an immediate reprint of 30,000 copies.

The prize, founded in 2009 by the Marlow family trust, has faced criticism for what some authors have called its 'London-centric' shortlists. Conway rejected the charge: 'Three of this year's six books were published outside the M25.'

The award comes as sales of literary fiction continue to slide, with younger readers drifting towards the 'romantasy' titles that now dominate the bestseller lists.""", [
        Q("'a book of enormous patience and nerve'", "partial", "The judges", None),
        Q("she had almost abandoned the manuscript twice", "indirect", "MacAulay", "Isla MacAulay",
          speaker_at="MacAulay said"),
        Q("'There was a winter when I put it in a drawer and told my husband it was finished, which was a lie,'",
          "direct", "she", "Isla MacAulay", speaker_at="lie,' she said"),
        Q("'What kept me going was my grandmother's voice. She grew up hearing these stories, and she'd have been "
          "furious if I'd given up.'", "direct", "she", "Isla MacAulay", speaker_at="lie,' she said"),
        Q("the decision had been unanimous", "indirect", "Harriet Conway", "Harriet Conway"),
        Q("'We read 164 novels this year, and this was the one we kept arguing about in the corridors,'", "direct",
          "she", "Harriet Conway", speaker_at="corridors,' she said"),
        Q("'It does what the best historical fiction does: it makes the past feel like news.", "direct", "she",
          "Harriet Conway", speaker_at="corridors,' she said"),
        Q("'I suspect a great many readers are about to discover Lewis.'", "direct", "she", "Harriet Conway",
          speaker_at="corridors,' she said"),
        Q("it had ordered an immediate reprint of 30,000 copies", "indirect", "Breakwater Books", "Breakwater Books"),
        Q("'London-centric'", "partial", "some authors", None),
        Q("'Three of this year's six books were published outside the M25.'", "direct", "Conway", "Harriet Conway",
          speaker_at="Conway rejected"),
    ], source="blind"),

    # -- Australian: a regulator under three names, a company statement ------------------------------------
    Case("blind-airline", """ACCC sues budget airline over \u2018ghost\u2019 flights

SYDNEY: The Australian Competition and Consumer Commission has launched Federal Court action against budget carrier Wattle Air, alleging it kept selling tickets for more than 4000 flights it had already decided to cancel.

The ACCC alleges the airline sold seats on the cancelled services for an average of 11 days after deciding to scrap them, affecting about 62,000 customers between May 2023 and February 2024.

\u201cConsumers were paying for flights that, as far as the airline was concerned, no longer existed,\u201d ACCC chair Deborah Strahan said on Thursday. \u201cMany of them booked hotels and took leave from work around flights that were never going to take off.\u201d

The commission said it would seek penalties, consumer redress and costs. The cancelled flights were concentrated on routes between Sydney, Melbourne and the Gold Coast, according to the ACCC.

In a statement, Wattle Air said it had \u201cco-operated fully\u201d with the regulator. It said all affected passengers had been offered refunds.

\u201cWe acknowledge that our communication with customers during a difficult period fell short,\u201d the company said. \u201cWe have since overhauled our scheduling systems.\u201d

Wattle Air chief executive Brendan Foley told ABC Radio Melbourne on Thursday morning the airline had been hit hard by pilot shortages after the pandemic. He said the company would \u201cdefend its position\u201d in court.

Consumer group Choice welcomed the case. Its campaigns director, Amelia Tran, said travellers had been \u201cleft stranded and out of pocket\u201d for too long.

\u201cFrankly, it\u2019s about time,\u201d she said.

The Transport Workers\u2019 Union, whose \u201cFair Go in the Air\u201d campaign has targeted the airline over rostering, did not respond to a request for comment.

A first case management hearing is listed for June 14.""", [
        Q("it kept selling tickets for more than 4000 flights it had already decided to cancel", "indirect",
          "The Australian Competition and Consumer Commission", "Australian Competition and Consumer Commission"),
        Q("the airline sold seats on the cancelled services for an average of 11 days after deciding to scrap them, "
          "affecting about 62,000 customers between May 2023 and February 2024", "indirect", "The ACCC",
          "Australian Competition and Consumer Commission", speaker_at="The ACCC alleges"),
        Q("\u201cConsumers were paying for flights that, as far as the airline was concerned, no longer existed,\u201d",
          "direct", "Deborah Strahan", "Deborah Strahan"),
        Q("\u201cMany of them booked hotels and took leave from work around flights that were never going to take "
          "off.\u201d", "direct", "Deborah Strahan", "Deborah Strahan"),
        Q("it would seek penalties, consumer redress and costs", "indirect", "The commission",
          "Australian Competition and Consumer Commission"),
        Q("The cancelled flights were concentrated on routes between Sydney, Melbourne and the Gold Coast", "indirect",
          "the ACCC", "Australian Competition and Consumer Commission", speaker_at="according to the ACCC"),
        Q("\u201cco-operated fully\u201d", "partial", "Wattle Air", "Wattle Air",
          speaker_at="In a statement, Wattle Air said"),
        Q("all affected passengers had been offered refunds", "indirect", "It", "Wattle Air",
          speaker_at="It said all"),
        Q("\u201cWe acknowledge that our communication with customers during a difficult period fell short,\u201d",
          "direct", "the company", "Wattle Air", speaker_at="the company said"),
        Q("\u201cWe have since overhauled our scheduling systems.\u201d", "direct", "the company", "Wattle Air",
          speaker_at="the company said"),
        Q("the airline had been hit hard by pilot shortages after the pandemic", "indirect", "Brendan Foley",
          "Brendan Foley"),
        Q("\u201cdefend its position\u201d", "partial", "He", "Brendan Foley", speaker_at="He said the company"),
        Q("\u201cleft stranded and out of pocket\u201d", "partial", "Amelia Tran", "Amelia Tran"),
        Q("\u201cFrankly, it\u2019s about time,\u201d", "direct", "she", "Amelia Tran", speaker_at="she said"),
    ], source="blind"),

    # -- Indian English: said that, was quoted as saying, as cited by --------------------------------------
    Case("blind-monsoon", """Monsoon delay: Maharashtra asks farmers to hold off sowing till June-end

Mumbai: With the southwest monsoon running nearly a week behind schedule, the Maharashtra government on Monday advised farmers not to begin kharif sowing until their area receives at least 75 to 100 mm of rainfall.

State Agriculture Minister Sunil Deshmane said that premature sowing could lead to heavy losses if the dry spell continues. "Farmers should not be in a hurry. If seeds are sown now and the rains fail for two more weeks, the entire investment will be wasted," he told reporters at Mantralaya.

According to the India Meteorological Department (IMD), the monsoon is expected to advance into south Konkan and parts of Marathwada by June 18. IMD scientist Dr Kavita Rane said conditions were "gradually becoming favourable" but cautioned that rainfall in the first fortnight would be below normal.

Farmer leaders, however, said the advisory offered little comfort to those who had already bought seeds and fertilisers on credit. "Who will pay the interest on these loans? The government gives advice, not money," Rajaram Patil, president of the Shetkari Sangharsh Samiti, was quoted as saying by PTI.

Opposition leader Anand Kulkarni accused the government of "sleeping on the job". Kulkarni said that nearly 14 lakh farmers were still awaiting crop insurance payouts for last year's unseasonal rain damage.

Chief Minister Ramesh Bhosale said the state had adequate stocks of seeds and fertilisers. "There is no need to panic. We are monitoring the situation district by district," Bhosale said, as cited by ANI.

Officials in the agriculture department said sowing had been completed on only 2 per cent of the 1.42 crore hectares normally cultivated during the kharif season.

The IMD said it would issue its next extended-range forecast on Thursday.""", [
        Q("that premature sowing could lead to heavy losses if the dry spell continues", "indirect", "Sunil Deshmane",
          "Sunil Deshmane"),
        Q('"Farmers should not be in a hurry. If seeds are sown now and the rains fail for two more weeks, the entire '
          'investment will be wasted,"', "direct", "he", "Sunil Deshmane", speaker_at="he told reporters"),
        Q("the monsoon is expected to advance into south Konkan and parts of Marathwada by June 18", "indirect",
          "the India Meteorological Department", "India Meteorological Department"),
        Q('"gradually becoming favourable"', "partial", "Kavita Rane", "Kavita Rane"),
        Q("that rainfall in the first fortnight would be below normal", "indirect", "Kavita Rane", "Kavita Rane"),
        Q("the advisory offered little comfort to those who had already bought seeds and fertilisers on credit",
          "indirect", "Farmer leaders", None),
        Q('"Who will pay the interest on these loans? The government gives advice, not money,"', "direct",
          "Rajaram Patil", "Rajaram Patil"),
        Q('"sleeping on the job"', "partial", "Anand Kulkarni", "Anand Kulkarni"),
        Q("that nearly 14 lakh farmers were still awaiting crop insurance payouts for last year's unseasonal rain "
          "damage", "indirect", "Kulkarni", "Anand Kulkarni", speaker_at="Kulkarni said"),
        Q("the state had adequate stocks of seeds and fertilisers", "indirect", "Ramesh Bhosale", "Ramesh Bhosale"),
        Q('"There is no need to panic. We are monitoring the situation district by district,"', "direct", "Bhosale",
          "Ramesh Bhosale", speaker_at="Bhosale said, as cited"),
        Q("sowing had been completed on only 2 per cent of the 1.42 crore hectares normally cultivated during the "
          "kharif season", "indirect", "Officials in the agriculture department", None),
        Q("it would issue its next extended-range forecast on Thursday", "indirect", "The IMD",
          "India Meteorological Department", speaker_at="The IMD said"),
    ], source="blind"),

    # -- Tabloid: first names, a quote carried into the next paragraph, a fundraiser's name -----------------
    Case("blind-spaniel", """MIRACLE MUTT! Spaniel survives 80ft cliff plunge \u2014 and walks away wagging

A PLUCKY spaniel dubbed the \u201cmiracle mutt\u201d has survived an 80ft fall from a clifftop path \u2014 and was back chasing seagulls within hours.

Biscuit, three, slipped over the edge at Flamborough Head in East Yorkshire on Sunday afternoon as owner Kerry Haddow, 43, watched in horror.

The mum-of-two told the Beacon: \u201cI screamed the place down. I honestly thought that was it, I was saying goodbye to him.

\u201cWhen I looked over and saw his little tail going, I just burst into tears.\u201d

Coastguard teams from Bridlington were scrambled and a rescuer was lowered down the chalk cliff on a rope to reach the shaken pooch, who had landed on a narrow ledge just above the waterline.

\u201cHe was sat there like nothing had happened, covered in chalk dust and looking very pleased with himself,\u201d said coastguard volunteer Dean Marsh, 29. \u201cIn 15 years I\u2019ve never seen anything like it.\u201d

A spokeswoman for HM Coastguard said the team had been called at 3.12pm and the dog was back with its owner just before 5pm. She urged walkers to keep pets on leads near cliff edges.

Vets later said Biscuit had escaped with nothing worse than a sprained paw. Kerry\u2019s husband, Gary Haddow, 45, said: \u201cThe vet called him a lucky lad. We\u2019re calling him something else \u2014 he\u2019s grounded!\u201d

Pals have even set up a \u201cBiscuit\u2019s Big Day Out\u201d fundraiser for the coastguard station, which has raised more than \u00a32,000.

Kerry added that Biscuit had been treated to a sausage roll on the way home. \u201cHe\u2019s earned it,\u201d she laughed.""", [
        Q("\u201cI screamed the place down. I honestly thought that was it, I was saying goodbye to him.", "direct",
          "The mum-of-two", "Kerry Haddow"),
        Q("\u201cWhen I looked over and saw his little tail going, I just burst into tears.\u201d", "direct",
          "The mum-of-two", "Kerry Haddow"),
        Q("\u201cHe was sat there like nothing had happened, covered in chalk dust and looking very pleased with "
          "himself,\u201d", "direct", "Dean Marsh", "Dean Marsh"),
        Q("\u201cIn 15 years I\u2019ve never seen anything like it.\u201d", "direct", "Dean Marsh", "Dean Marsh"),
        Q("the team had been called at 3.12pm and the dog was back with its owner just before 5pm", "indirect",
          "A spokeswoman for HM Coastguard", None),
        Q("Biscuit had escaped with nothing worse than a sprained paw", "indirect", "Vets", None),
        Q("\u201cThe vet called him a lucky lad. We\u2019re calling him something else \u2014 he\u2019s "
          "grounded!\u201d", "direct", "Gary Haddow", "Gary Haddow"),
        Q("that Biscuit had been treated to a sausage roll on the way home", "indirect", "Kerry", "Kerry Haddow",
          speaker_at="Kerry added"),
        Q("\u201cHe\u2019s earned it,\u201d", "direct", "she", "Kerry Haddow", speaker_at="she laughed"),
    ], source="blind"),

    # -- Local weekly: a missing closing mark, an unnamed resident, a banner's slogan ------------------------
    Case("blind-skatepark", """Skate park plan for Millbrook Rec wins council backing despite noise fears

Plans for a \u00a3180,000 skate park at Millbrook Recreation Ground have been approved by Haverleigh District Council, despite objections from neighbours worried about noise and late-night gatherings.

Members of the planning committee voted 7-2 in favour on Tuesday evening after more than an hour of debate.

Councillor Janet Pryce, who represents Millbrook ward, said young people in the town had had "nowhere to go and nothing to do" since the youth club closed in 2019.

"These kids have been asking for this for five years. They have raised money themselves, they have come to meetings, they have done everything we asked of them," she said. "It would be a disgrace to turn them down now.

Not everyone agreed. One resident of nearby Orchard Close, who did not want to be named, told the committee that police were already called to the rec most weekends. The site was "far too close to people's bedrooms", she said.

Another objector, retired engineer Colin Ashworth, 71, said: "We're not against young people. We're against a concrete bowl thirty metres from my back fence."

According to a report by council officers, the park would be used by around 300 young people a week.

Haverleigh Skate Collective, the group of teenagers behind the bid, said it would now start fundraising for lighting and benches. Its founder, 17-year-old Ellie Faulkner, said the group was "buzzing".

"Honestly we didn't think it would happen," she told the Gazette after the meeting. "Loads of us turned up tonight in our school uniforms just to show we're serious."

A "Skate Not Hate" banner was unfurled in the public gallery as the vote was announced.

The council said in a statement that construction is expected to begin in the spring, subject to a noise management plan being agreed with police.""", [
        Q('"nowhere to go and nothing to do"', "partial", "Janet Pryce", "Janet Pryce"),
        Q('"These kids have been asking for this for five years. They have raised money themselves, they have come '
          'to meetings, they have done everything we asked of them,"', "direct", "she", "Janet Pryce",
          speaker_at='them," she said'),
        Q('"It would be a disgrace to turn them down now.', "direct", "she", "Janet Pryce",
          speaker_at='them," she said'),
        Q("that police were already called to the rec most weekends", "indirect",
          "One resident of nearby Orchard Close", None),
        Q('"far too close to people\'s bedrooms"', "partial", "she", None, speaker_at='bedrooms", she said'),
        Q('"We\'re not against young people. We\'re against a concrete bowl thirty metres from my back fence."',
          "direct", "Colin Ashworth", "Colin Ashworth"),
        Q("the park would be used by around 300 young people a week", "indirect", "a report by council officers",
          None),
        Q("it would now start fundraising for lighting and benches", "indirect", "Haverleigh Skate Collective",
          "Haverleigh Skate Collective"),
        Q('"buzzing"', "partial", "Ellie Faulkner", "Ellie Faulkner"),
        Q('"Honestly we didn\'t think it would happen,"', "direct", "she", "Ellie Faulkner",
          speaker_at="she told the Gazette"),
        Q('"Loads of us turned up tonight in our school uniforms just to show we\'re serious."', "direct", "she",
          "Ellie Faulkner", speaker_at="she told the Gazette"),
        Q("that construction is expected to begin in the spring, subject to a noise management plan being agreed "
          "with police", "indirect", "The council", "Haverleigh District Council"),
    ], source="blind"),

    # -- Business page, curly single marks (apostrophes share the closing mark) ----------------------------
    Case("blind-grocer", """Parkway Foods shares slide as price war squeezes profits

Shares in Parkway Foods fell by almost 12% on Wednesday after the UK\u2019s fifth-largest grocer warned that a price war with the discounters would wipe out most of its profit growth this year.

The Leeds-based chain, which operates 410 stores, said underlying pre-tax profit for the year to February was \u00a3286m, up 4%, but guided that profits for the current year would be \u2018broadly flat\u2019.

Its chief executive, Nadia Hussain, said the company had chosen to invest in lower prices rather than protect margins. \u2018Our customers are still under real pressure,\u2019 she said. \u2018We\u2019re not going to ask them to pay for our profit targets.\u2019

Hussain, who took over from the long-serving Graham Whitlock in 2022, insisted that the company\u2019s \u2018Price Lock\u2019 promise on 1,500 staples would remain in place until at least Christmas.

The City was unimpressed. Clive Barraclough, a retail analyst at the broker Holloway Sterne, said the update was \u2018a clear downgrade dressed up as a strategy\u2019. \u2018The market had pencilled in growth of around 8%,\u2019 he added, \u2018so flat is a big miss.\u2019

According to the market research firm Kantar, Parkway\u2019s share of the grocery market slipped to 6.1% in the 12 weeks to mid-April, while Aldi and Lidl together now account for more than 18%.

The company said in a statement that it would open 25 new convenience stores and cut about 300 head office roles as part of a \u00a3150m cost-saving programme. The GMB union said it was \u2018deeply concerned\u2019 by the job cuts. It said it would seek urgent talks with management.

Finance director Tom Ellery told analysts that net debt had fallen to \u00a3410m, its lowest level since 2015.

Parkway\u2019s shares closed down 11.6% at 238p.""", [
        Q("that a price war with the discounters would wipe out most of its profit growth this year", "indirect",
          "the UK\u2019s fifth-largest grocer", "Parkway Foods"),
        Q("underlying pre-tax profit for the year to February was \u00a3286m, up 4%", "indirect",
          "The Leeds-based chain", "Parkway Foods"),
        Q("\u2018broadly flat\u2019", "partial", "The Leeds-based chain", "Parkway Foods"),
        Q("the company had chosen to invest in lower prices rather than protect margins", "indirect", "Nadia Hussain",
          "Nadia Hussain"),
        Q("\u2018Our customers are still under real pressure,\u2019", "direct", "she", "Nadia Hussain",
          speaker_at="she said"),
        Q("\u2018We\u2019re not going to ask them to pay for our profit targets.\u2019", "direct", "she",
          "Nadia Hussain", speaker_at="she said"),
        Q("that the company\u2019s \u2018Price Lock\u2019 promise on 1,500 staples would remain in place until at "
          "least Christmas", "indirect", "Hussain", "Nadia Hussain", speaker_at="Hussain, who took"),
        Q("\u2018a clear downgrade dressed up as a strategy\u2019", "partial", "Clive Barraclough", "Clive Barraclough"),
        Q("\u2018The market had pencilled in growth of around 8%,\u2019", "direct", "he", "Clive Barraclough",
          speaker_at="he added"),
        Q("\u2018so flat is a big miss.\u2019", "direct", "he", "Clive Barraclough", speaker_at="he added"),
        Q("Parkway\u2019s share of the grocery market slipped to 6.1% in the 12 weeks to mid-April, while Aldi and "
          "Lidl together now account for more than 18%", "indirect", "Kantar", "Kantar"),
        Q("that it would open 25 new convenience stores and cut about 300 head office roles as part of a \u00a3150m "
          "cost-saving programme", "indirect", "The company", "Parkway Foods"),
        Q("\u2018deeply concerned\u2019", "partial", "The GMB union", "GMB"),
        Q("it would seek urgent talks with management", "indirect", "It", "GMB", speaker_at="It said it would"),
        Q("that net debt had fallen to \u00a3410m, its lowest level since 2015", "indirect", "Tom Ellery",
          "Tom Ellery"),
    ], source="blind"),

    # -- Science: a team, the authors, a paper's title and a scare quote ------------------------------------
    Case("blind-bees", """Sleep-deprived bumblebees lose their way home, study finds

Bumblebees that are kept awake at night make more mistakes when foraging and take longer to find their way back to the nest, scientists in Norway reported on Wednesday.

Researchers at the Halvorsen Institute of Ecology in Bergen disturbed the sleep of 240 worker bees using gentle vibrations and then tracked them with tiny radio tags. Their paper, \u201cSleep loss impairs homing in Bombus terrestris\u201d, appears in the journal Proceedings of the Royal Society B.

Bees deprived of a night\u2019s rest took on average 38% longer to return to their colony, the team said. Like people, they also appeared to build up a \u201csleep debt\u201d, napping for longer the following night.

\u201cWe were surprised by how big the effect was,\u201d said lead author Ingrid Solheim, a behavioural ecologist at the institute. \u201cOne bad night and they behave like a tourist without a map.\u201d

Solheim said the findings suggested that light pollution, which can disrupt insects\u2019 rest, might be an overlooked factor in the decline of pollinators.

The authors wrote that bees, like humans, appear to consolidate spatial memories during sleep, though they cautioned that the experiment was carried out in a greenhouse rather than in the wild.

Mark Otieno, an entomologist at Rift Valley University in Kenya who was not involved in the research, called the study \u201celegant\u201d but said more work was needed.

\u201cSleep in insects is still a bit of a black box,\u201d he told Science Weekly. \u201cWe know they do it. We are only starting to learn why.\u201d

The team now plans to repeat the experiment with honeybees in orchards outside Bergen.""", [
        Q("Bumblebees that are kept awake at night make more mistakes when foraging and take longer to find their way "
          "back to the nest", "indirect", "scientists in Norway", None),
        Q("Bees deprived of a night\u2019s rest took on average 38% longer to return to their colony", "indirect",
          "the team", None, speaker_at="the team said"),
        Q("\u201cWe were surprised by how big the effect was,\u201d", "direct", "Ingrid Solheim", "Ingrid Solheim"),
        Q("\u201cOne bad night and they behave like a tourist without a map.\u201d", "direct", "Ingrid Solheim",
          "Ingrid Solheim"),
        Q("the findings suggested that light pollution, which can disrupt insects\u2019 rest, might be an overlooked "
          "factor in the decline of pollinators", "indirect", "Solheim", "Ingrid Solheim", speaker_at="Solheim said"),
        Q("that bees, like humans, appear to consolidate spatial memories during sleep", "indirect", "The authors",
          None),
        Q("that the experiment was carried out in a greenhouse rather than in the wild", "indirect", "they", None,
          speaker_at="they cautioned"),
        Q("\u201celegant\u201d", "partial", "Mark Otieno", "Mark Otieno"),
        Q("more work was needed", "indirect", "Mark Otieno", "Mark Otieno"),
        Q("\u201cSleep in insects is still a bit of a black box,\u201d", "direct", "he", "Mark Otieno",
          speaker_at="he told"),
        Q("\u201cWe know they do it. We are only starting to learn why.\u201d", "direct", "he", "Mark Otieno",
          speaker_at="he told"),
    ], source="blind"),

    # -- Court report: the court was told, a judge, a family's solicitor, a passive with its agent -----------
    Case("blind-balcony", """Builder jailed over balcony collapse that killed student

A builder who cut corners on a balcony that collapsed during a birthday party, killing a 21-year-old student, has been jailed for four years.

Declan Brody, 52, was convicted last month at Bristol Crown Court of gross negligence manslaughter over the death of Megan Astley in Clifton in June 2022.

The court was told that Brody had used undersized steel brackets and skipped a structural inspection to save about \u00a31,800 on the job. He was described by his former foreman as \u201ca man who was always in a hurry\u201d.

Sentencing him on Friday, Judge Alison Reade told Brody he had shown \u201ca cavalier disregard for the lives of others\u201d.

\u201cYou knew the balcony was not safe,\u201d she said. \u201cYou chose to let other people take that risk for you.\u201d

Prosecutor Simon Carrow KC said Brody had ignored two written warnings from the building\u2019s owner.

In a statement read to the court, Miss Astley\u2019s mother, Joanne Astley, said the family had been \u201cbroken into pieces\u201d. \u201cMegan was the first in our family to go to university. She had her whole life planned out,\u201d she said.

Brody\u2019s barrister, Neil Fairbairn, had told the court his client was \u201cgenuinely remorseful\u201d and had no previous convictions.

Outside court, Rachel Odum, a solicitor for the family, said they welcomed the sentence but believed the rules on inspections needed urgent reform. \u201cNo family should have to go through what the Astleys have been through,\u201d she added.

Avon and Somerset Police said in a statement that the case should serve as a warning to the construction industry. Detective Sergeant Luke Hammond said: \u201cThis was a preventable tragedy.\u201d""", [
        Q("that Brody had used undersized steel brackets and skipped a structural inspection to save about \u00a31,800 "
          "on the job", "indirect", None, None),
        Q("\u201ca man who was always in a hurry\u201d", "partial", "his former foreman", None),
        Q("\u201ca cavalier disregard for the lives of others\u201d", "partial", "Alison Reade", "Alison Reade"),
        Q("\u201cYou knew the balcony was not safe,\u201d", "direct", "she", "Alison Reade",
          speaker_at="safe,\u201d she said"),
        Q("\u201cYou chose to let other people take that risk for you.\u201d", "direct", "she", "Alison Reade",
          speaker_at="safe,\u201d she said"),
        Q("Brody had ignored two written warnings from the building\u2019s owner", "indirect", "Simon Carrow",
          "Simon Carrow"),
        Q("\u201cbroken into pieces\u201d", "partial", "Joanne Astley", "Joanne Astley"),
        Q("\u201cMegan was the first in our family to go to university. She had her whole life planned out,\u201d",
          "direct", "she", "Joanne Astley", speaker_at="out,\u201d she said"),
        Q("\u201cgenuinely remorseful\u201d", "partial", "Neil Fairbairn", "Neil Fairbairn"),
        Q("they welcomed the sentence but believed the rules on inspections needed urgent reform", "indirect",
          "Rachel Odum", "Rachel Odum"),
        Q("\u201cNo family should have to go through what the Astleys have been through,\u201d", "direct", "she",
          "Rachel Odum", speaker_at="she added"),
        Q("that the case should serve as a warning to the construction industry", "indirect",
          "Avon and Somerset Police", "Avon and Somerset Police"),
        Q("\u201cThis was a preventable tragedy.\u201d", "direct", "Luke Hammond", "Luke Hammond"),
    ], source="blind"),

    # -- AFP, disaster: authorities, an agency, police as "they", an anonymous man ----------------------------
    Case("blind-wildfire", """Chile wildfires kill at least 19 as flames reach coastal suburbs

VINA DEL MAR, Chile (AFP) - At least 19 people have died in wildfires sweeping through the hills around the Chilean coastal city of Vina del Mar, authorities said Saturday, as strong winds pushed the flames into densely populated neighbourhoods.

Interior Minister Rodrigo Salinas said the death toll was "very likely to rise" as rescue teams reached areas that had been cut off overnight.

"We are facing the most serious emergency since the 2010 earthquake," he told a press conference in Santiago.

The national disaster agency Senapred said more than 1,100 homes had been destroyed and that 43 fires were still active across the Valparaiso region. It ordered the evacuation of six more neighbourhoods late Saturday.

Chile's Carabineros police force said they had arrested two men suspected of starting a fire in a eucalyptus plantation near Quilpue. "We have evidence that at least one of these fires was deliberately set," they said in a statement, without giving details.

Residents described scenes of panic. "The sky went black in the middle of the afternoon. We ran with the children and left everything," said Marta Rojas, 58, standing in front of the charred remains of her house in the El Olivar neighbourhood.

One man, who declined to give his name, said firefighters had arrived "far too late".

Temperatures would stay above 35 degrees Celsius until Monday, according to the national weather service.

Officials in neighbouring Argentina said they were sending two firefighting aircraft.

The fires are the deadliest in Chile since 2014, when blazes in the port city of Valparaiso killed 15 people.""", [
        Q("At least 19 people have died in wildfires sweeping through the hills around the Chilean coastal city of "
          "Vina del Mar", "indirect", "authorities", None),
        Q('"very likely to rise"', "partial", "Rodrigo Salinas", "Rodrigo Salinas"),
        Q('"We are facing the most serious emergency since the 2010 earthquake,"', "direct", "he", "Rodrigo Salinas",
          speaker_at="he told"),
        Q("more than 1,100 homes had been destroyed and that 43 fires were still active across the Valparaiso region",
          "indirect", "Senapred", "Senapred"),
        Q("they had arrested two men suspected of starting a fire in a eucalyptus plantation near Quilpue",
          "indirect", "Carabineros", "Carabineros"),
        Q('"We have evidence that at least one of these fires was deliberately set,"', "direct", "they",
          "Carabineros", speaker_at="they said in a statement"),
        Q('"The sky went black in the middle of the afternoon. We ran with the children and left everything,"',
          "direct", "Marta Rojas", "Marta Rojas"),
        Q('"far too late"', "partial", "One man", None),
        Q("Temperatures would stay above 35 degrees Celsius until Monday", "indirect", "the national weather service",
          None),
        Q("they were sending two firefighting aircraft", "indirect", "Officials in neighbouring Argentina", None),
    ], source="blind"),

    # -- Reuters, Brussels: the Commission under other names, a company, a newspaper, an unnamed source ------
    Case("blind-dashboard", """EU fines in-car software maker Veltro 410 million euros

BRUSSELS (Reuters) - The European Commission fined Italian in-car software maker Veltro Systems 410 million euros ($445 million) on Monday, saying it had illegally shut rival navigation and music apps out of dashboards used by millions of drivers.

\u201cVeltro abused its position to make sure drivers only ever saw its own services,\u201d EU competition commissioner Helena Vasquez told a news conference. \u201cThat is not competition, that is a toll booth.\u201d

The EU executive said Veltro, whose software runs in about 40% of new cars sold in Europe, had restricted access between 2019 and 2023 and must end the practice within 90 days or face daily fines.

Veltro said in a statement that it \u201cstrongly disagrees\u201d with the decision. It will appeal to the General Court in Luxembourg, the company added. \u201cOur platform is open to any developer who meets our safety standards,\u201d the Turin-based company said.

A person familiar with the matter told Reuters that Veltro had offered to open its platform last year but that the Commission had rejected the proposal as insufficient.

Vasquez said that the case had been triggered by a complaint from Norwegian navigation start-up Kartly. Kartly's chief executive, Erik Haugland, said the ruling was \u201ca good day for anyone who has ever tried to build something better\u201d.

\u201cFor four years we were told no, with no explanation,\u201d he said, \u201cand we almost ran out of money waiting.\u201d

Italian newspaper Corriere della Sera reported that Veltro's board would meet on Tuesday to discuss the ruling.

Veltro shares fell 4.2% in Milan. Analysts at Mediobanca described the fine as \u201cmanageable\u201d in a note to clients.

A Commission spokesperson said the full decision would be published once confidential business information had been removed.

(Reporting by Pieter Claes; Editing by Jan Harvey)""", [
        Q("it had illegally shut rival navigation and music apps out of dashboards used by millions of drivers",
          "indirect", "The European Commission", "European Commission"),
        Q("\u201cVeltro abused its position to make sure drivers only ever saw its own services,\u201d", "direct",
          "Helena Vasquez", "Helena Vasquez"),
        Q("\u201cThat is not competition, that is a toll booth.\u201d", "direct", "Helena Vasquez", "Helena Vasquez"),
        Q("Veltro, whose software runs in about 40% of new cars sold in Europe, had restricted access between 2019 "
          "and 2023 and must end the practice within 90 days or face daily fines", "indirect", "The EU executive",
          "European Commission"),
        Q("\u201cstrongly disagrees\u201d", "partial", "Veltro", "Veltro Systems",
          speaker_at="Veltro said in a statement"),
        Q("It will appeal to the General Court in Luxembourg", "indirect", "the company", "Veltro Systems",
          speaker_at="the company added"),
        Q("\u201cOur platform is open to any developer who meets our safety standards,\u201d", "direct",
          "the Turin-based company", "Veltro Systems"),
        Q("that Veltro had offered to open its platform last year but that the Commission had rejected the proposal "
          "as insufficient", "indirect", "A person familiar with the matter", None),
        Q("that the case had been triggered by a complaint from Norwegian navigation start-up Kartly", "indirect",
          "Vasquez", "Helena Vasquez", speaker_at="Vasquez said"),
        Q("\u201ca good day for anyone who has ever tried to build something better\u201d", "partial",
          "Erik Haugland", "Erik Haugland"),
        Q("\u201cFor four years we were told no, with no explanation,\u201d", "direct", "he", "Erik Haugland",
          speaker_at="he said"),
        Q("\u201cand we almost ran out of money waiting.\u201d", "direct", "he", "Erik Haugland", speaker_at="he said"),
        Q("that Veltro's board would meet on Tuesday to discuss the ruling", "indirect", "Corriere della Sera",
          "Corriere della Sera"),
        Q("\u201cmanageable\u201d", "partial", "Analysts at Mediobanca", None),
        Q("the full decision would be published once confidential business information had been removed",
          "indirect", "A Commission spokesperson", None),
    ], source="blind"),
]
