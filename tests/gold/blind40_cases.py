"""Blind gold: short news articles written without sight of the pretagger.

Sixteen articles in the house styles of wire services and regional papers
from many countries (curly, straight and British single quotes), with every
quote annotated: direct, partial and indirect, speaker mention and entity.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind40-crucible", """Hollins edges Xu in Crucible decider to keep home dream alive

Jordan Hollins admitted his legs were 'like jelly' after the Sheffield potter came through a final-frame decider against China's Xu Haoran to reach the quarter-finals of the World Snooker Championship at the Crucible last night.

The 27-year-old from Hillsborough, who learned the game at a club on Middlewood Road, trailed 12-10 before winning three frames in a row to seal a 13-12 victory in front of a raucous home crowd.

'I've never heard a noise like it in there,' Hollins said. 'When the last red went in I had to stand back from the table for a second, because I couldn't feel my cue arm.'

He said he had barely slept since the second-round draw was made and that messages from friends and family had 'kept me going' through a tense afternoon session.

Xu, 24, had led for much of the match and made breaks of 131 and 102 in the middle session. Speaking through an interpreter, he said the crowd had been fair to him and that he would 'come back stronger next year'.

'Jordan played the last three frames like a champion,' he added. 'I missed one long red and that was the match.'

Hollins's coach, former professional Terry Gaskell, said his player's long potting had been 'the best I've seen from him'.

'People in Sheffield know what this place means,' Gaskell told The Star. 'He's carried that all week. Whatever happens now, he's done the city proud.'

Not everyone was so relaxed. World Snooker Tour officials confirmed that two spectators had been asked to leave during the 23rd frame after calling out while Xu was on his shot, and a WST spokesperson said the behaviour 'has no place in our sport'.

Hollins, who meets world number three Ryan Dunmore in the quarter-finals on Tuesday, was in no mood to play down his chances. 'Why not me?' he asked. 'I'm in the best form of my life.'

Tickets for the Tuesday evening session have already sold out, according to the Crucible Theatre.""", [
        Q("'like jelly'", "partial", "Jordan Hollins", "Jordan Hollins"),
        Q("'I've never heard a noise like it in there,'", "direct", "Hollins", "Jordan Hollins",
          speaker_at="Hollins said"),
        Q("'When the last red went in I had to stand back from the table for a second, because I couldn't feel my "
          "cue arm.'", "direct", "Hollins", "Jordan Hollins", speaker_at="Hollins said"),
        Q("he had barely slept since the second-round draw was made", "indirect", "He", "Jordan Hollins",
          speaker_at="He said he had barely"),
        Q("'kept me going'", "partial", "He", "Jordan Hollins", speaker_at="He said he had barely"),
        Q("the crowd had been fair to him", "indirect", "he", "Xu Haoran", speaker_at="he said the crowd"),
        Q("'come back stronger next year'", "partial", "he", "Xu Haoran", speaker_at="he said the crowd"),
        Q("'Jordan played the last three frames like a champion,'", "direct", "he", "Xu Haoran",
          speaker_at="he added"),
        Q("'I missed one long red and that was the match.'", "direct", "he", "Xu Haoran", speaker_at="he added"),
        Q("'the best I've seen from him'", "partial", "Terry Gaskell", "Terry Gaskell"),
        Q("'People in Sheffield know what this place means,'", "direct", "Gaskell", "Terry Gaskell",
          speaker_at="Gaskell told"),
        Q("'He's carried that all week. Whatever happens now, he's done the city proud.'", "direct", "Gaskell",
          "Terry Gaskell", speaker_at="Gaskell told"),
        Q("two spectators had been asked to leave during the 23rd frame after calling out while Xu was on his shot",
          "indirect", "World Snooker Tour officials", None),
        Q("'has no place in our sport'", "partial", "a WST spokesperson", None),
        Q("'Why not me?'", "direct", "he", "Jordan Hollins", speaker_at="he asked"),
        Q("'I'm in the best form of my life.'", "direct", "he", "Jordan Hollins", speaker_at="he asked"),
        Q("Tickets for the Tuesday evening session have already sold out", "indirect", "the Crucible Theatre",
          "Crucible Theatre"),
    ], source="blind"),
    Case("blind40-insurer", """Suraksha General Profit Beats Estimates as Motor Claims Ease

MUMBAI (Bloomberg) -- Suraksha General Insurance Co. reported a 38% jump in quarterly profit, beating analyst estimates, as fewer motor claims and higher investment income offset losses from monsoon flooding in the south.

Net income rose to 6.2 billion rupees ($74 million) in the three months ended Dec. 31, from 4.5 billion rupees a year earlier, the Mumbai-based insurer said in an exchange filing on Tuesday. Analysts surveyed by Bloomberg had expected 5.4 billion rupees.

"Our underwriting discipline is finally showing up in the numbers," Managing Director K. Venkataraman said on a call with analysts. "We walked away from loss-making group health business last year, and we have not regretted it."

The combined ratio, a key measure of underwriting profitability, improved to 101.8% from 104.3%, the company said. A ratio above 100% means an insurer pays out more in claims and expenses than it earns in premiums.

Shares of the company rose as much as 7.4% in Mumbai, the most since August.

Venkataraman said claims from floods in Tamil Nadu and Kerala had cost the insurer about 1.1 billion rupees, and warned that climate-related losses were becoming "a permanent feature, not a one-off." He added that the company planned to raise prices on home policies in coastal districts from April.

Ananya Bhattacharjee, an analyst at Kotak Institutional Equities, said the results were "clean" but cautioned that gains in motor insurance may not last once a new tariff set by the Insurance Regulatory and Development Authority of India takes effect.

The regulator has proposed raising third-party motor premiums by as much as 15%, according to a draft circular published last month. IRDAI didn't respond to a request for comment.

"Investors should not extrapolate one good quarter," Bhattacharjee wrote in a note to clients. "Pricing power in this market remains thin, and the big state-run insurers are still chasing volume."

The stock has gained 22% this year, compared with a 9% rise in the benchmark S&P BSE Sensex.

--With assistance from Rahul Dey-Sarkar.""", [
        Q("Net income rose to 6.2 billion rupees ($74 million) in the three months ended Dec. 31, from 4.5 billion "
          "rupees a year earlier", "indirect", "the Mumbai-based insurer", "Suraksha General Insurance Co."),
        Q('"Our underwriting discipline is finally showing up in the numbers,"', "direct", "K. Venkataraman",
          "K. Venkataraman"),
        Q('"We walked away from loss-making group health business last year, and we have not regretted it."',
          "direct", "K. Venkataraman", "K. Venkataraman"),
        Q("The combined ratio, a key measure of underwriting profitability, improved to 101.8% from 104.3%",
          "indirect", "the company", "Suraksha General Insurance Co.", speaker_at="the company said"),
        Q("claims from floods in Tamil Nadu and Kerala had cost the insurer about 1.1 billion rupees", "indirect",
          "Venkataraman", "K. Venkataraman", speaker_at="Venkataraman said claims"),
        Q('"a permanent feature, not a one-off."', "partial", "Venkataraman", "K. Venkataraman",
          speaker_at="Venkataraman said claims"),
        Q("the company planned to raise prices on home policies in coastal districts from April", "indirect", "He",
          "K. Venkataraman", speaker_at="He added"),
        Q('"clean"', "partial", "Ananya Bhattacharjee", "Ananya Bhattacharjee"),
        Q("gains in motor insurance may not last once a new tariff set by the Insurance Regulatory and Development "
          "Authority of India takes effect", "indirect", "Ananya Bhattacharjee", "Ananya Bhattacharjee"),
        Q("The regulator has proposed raising third-party motor premiums by as much as 15%", "indirect",
          "a draft circular published last month", None),
        Q('"Investors should not extrapolate one good quarter,"', "direct", "Bhattacharjee", "Ananya Bhattacharjee",
          speaker_at="Bhattacharjee wrote"),
        Q('"Pricing power in this market remains thin, and the big state-run insurers are still chasing volume."',
          "direct", "Bhattacharjee", "Ananya Bhattacharjee", speaker_at="Bhattacharjee wrote"),
    ], source="blind"),
    Case("blind40-architect", """Architect who gave Winnipeg its Prairie modernism dies at 91

Étienne Gaudry-Lafrenière, the architect whose low, light-filled churches and libraries helped define postwar modernism on the Prairies, died Saturday at St. Boniface Hospital. He was 91.

His daughter, Marie-Claude Gaudry, confirmed the death and said her father had been in declining health since a fall last winter.

“He drew right up until the end,” she said. “Two weeks ago he was sketching the view from his hospital window on the back of a menu.”

Born in St. Pierre-Jolys in 1933, Gaudry-Lafrenière studied at the University of Manitoba before working in Montreal and Helsinki, where he fell under the spell of Alvar Aalto. He returned to Winnipeg in 1964 and opened a two-person practice on Provencher Boulevard.

Among his best-known works are the Église Sainte-Famille in Lorette and the Transcona branch library, a building the Manitoba Historical Society has called “a quiet masterpiece of brick and daylight.”

He was also a fierce critic of what he called “parking-lot urbanism,” and in the 1970s he fought, unsuccessfully, to save several warehouses in the Exchange District from the wrecking ball. His 1988 book, “Building for Winter,” is still taught in the faculty of architecture.

“Étienne taught a whole generation of us that a building should be generous to the people walking past it, not just the people inside,” said Wanda Kakegamic, president of the Manitoba Association of Architects.

Kakegamic said the association would hold a memorial lecture in his name this fall.

Coun. Devi Ramnarine, who represents St. Boniface, called Gaudry-Lafrenière “one of the great citizens of this city” and said council would consider naming a public space after him.

Not all of his projects were loved. His 1971 design for a downtown parkade was widely mocked as “the Toaster,” a nickname he insisted he enjoyed.

“Every city needs one building that people argue about,” he told the Free Press in a 2009 interview. “At least they were looking at it.”

Gaudry-Lafrenière is survived by his daughter, two sons and five grandchildren. His wife, the painter Hélène de Montigny, died in 2015.

A funeral mass will be held at St. Boniface Cathedral on Friday at 11 a.m.""", [
        Q("her father had been in declining health since a fall last winter", "indirect", "Marie-Claude Gaudry",
          "Marie-Claude Gaudry"),
        Q("“He drew right up until the end,”", "direct", "she", "Marie-Claude Gaudry", speaker_at="she said"),
        Q("“Two weeks ago he was sketching the view from his hospital window on the back of a menu.”", "direct",
          "she", "Marie-Claude Gaudry", speaker_at="she said"),
        Q("“a quiet masterpiece of brick and daylight.”", "partial", "the Manitoba Historical Society",
          "Manitoba Historical Society"),
        Q("“parking-lot urbanism,”", "partial", "he", "Étienne Gaudry-Lafrenière", speaker_at="what he called"),
        Q("“Étienne taught a whole generation of us that a building should be generous to the people walking past "
          "it, not just the people inside,”", "direct", "Wanda Kakegamic", "Wanda Kakegamic"),
        Q("the association would hold a memorial lecture in his name this fall", "indirect", "Kakegamic",
          "Wanda Kakegamic", speaker_at="Kakegamic said"),
        Q("“one of the great citizens of this city”", "partial", "Devi Ramnarine", "Devi Ramnarine"),
        Q("council would consider naming a public space after him", "indirect", "Devi Ramnarine", "Devi Ramnarine"),
        Q("“Every city needs one building that people argue about,”", "direct", "he", "Étienne Gaudry-Lafrenière",
          speaker_at="he told the Free Press"),
        Q("“At least they were looking at it.”", "direct", "he", "Étienne Gaudry-Lafrenière",
          speaker_at="he told the Free Press"),
    ], source="blind"),
    Case("blind40-recall", """Voters recall county commissioner over groundwater deal

LAS CRUCES — Voters in Doña Ana County's District 4 recalled Commissioner Rubén Delgado-Ochoa on Tuesday, ending a bitter seven-month fight over a groundwater lease he backed for a Texas housing developer.

Unofficial results showed 58% of voters in favor of removing Delgado-Ochoa, with all precincts reporting, according to the County Clerk's Office. Turnout was just under 31%, which County Clerk Rosalinda Ybarra called "remarkable for a special election in July."

Delgado-Ochoa, a two-term Democrat and retired pecan farmer, conceded shortly after 10 p.m. in a brief statement posted to Facebook.

"I made the decision I thought was right for the valley, and I still believe it was," he wrote. "The voters have spoken, and I respect that."

The recall drive was organized by Agua Es Vida, a coalition of farmers and residents in Mesilla and Anthony who argued the 40-year lease would have drained wells already stressed by drought.

"This was never about one man," said the group's co-founder, Dolores Archuleta, standing outside a polling site at Vado Elementary. "It was about who gets to decide what happens to our water.

"Tonight the answer is: we do."

The developer, El Paso-based Franklin Ridge Homes, had planned about 1,200 homes near Santa Teresa. A spokesperson for the company said Wednesday it was "evaluating all of our options" and declined further comment.

State Sen. Marisol Trujillo-Baca, D-Las Cruces, said the outcome should serve as "a warning to every local official" who negotiates water rights behind closed doors. She said she would reintroduce a bill requiring public hearings on long-term groundwater leases when the Legislature convenes in January.

Under state law, the County Commission has 30 days to appoint a replacement who will serve until the next general election. Commission Chair Gabriel Nakai told reporters Wednesday that applications for the seat would open next week.

"We need to lower the temperature," Nakai said. "Whoever sits in that chair is going to inherit a lot of hurt feelings, on both sides."

Ybarra said the canvass would be certified on July 25.""", [
        Q("Unofficial results showed 58% of voters in favor of removing Delgado-Ochoa, with all precincts reporting",
          "indirect", "the County Clerk's Office", "County Clerk's Office"),
        Q('"remarkable for a special election in July."', "partial", "Rosalinda Ybarra", "Rosalinda Ybarra"),
        Q('"I made the decision I thought was right for the valley, and I still believe it was,"', "direct", "he",
          "Rubén Delgado-Ochoa", speaker_at="he wrote"),
        Q('"The voters have spoken, and I respect that."', "direct", "he", "Rubén Delgado-Ochoa",
          speaker_at="he wrote"),
        Q("the 40-year lease would have drained wells already stressed by drought", "indirect",
          "a coalition of farmers and residents in Mesilla and Anthony", "Agua Es Vida"),
        Q('"This was never about one man,"', "direct", "Dolores Archuleta", "Dolores Archuleta"),
        Q('"It was about who gets to decide what happens to our water.', "direct", "Dolores Archuleta",
          "Dolores Archuleta"),
        Q('"Tonight the answer is: we do."', "direct", "Dolores Archuleta", "Dolores Archuleta"),
        Q('"evaluating all of our options"', "partial", "A spokesperson for the company", None),
        Q('"a warning to every local official"', "partial", "Marisol Trujillo-Baca", "Marisol Trujillo-Baca"),
        Q("she would reintroduce a bill requiring public hearings on long-term groundwater leases when the "
          "Legislature convenes in January", "indirect", "She", "Marisol Trujillo-Baca", speaker_at="She said"),
        Q("applications for the seat would open next week", "indirect", "Gabriel Nakai", "Gabriel Nakai"),
        Q('"We need to lower the temperature,"', "direct", "Nakai", "Gabriel Nakai", speaker_at="Nakai said"),
        Q('"Whoever sits in that chair is going to inherit a lot of hurt feelings, on both sides."', "direct",
          "Nakai", "Gabriel Nakai", speaker_at="Nakai said"),
        Q("the canvass would be certified on July 25", "indirect", "Ybarra", "Rosalinda Ybarra",
          speaker_at="Ybarra said"),
    ], source="blind"),
    Case("blind40-lassa", """NCDC raises alert as Lassa fever deaths hit 87

The Nigeria Centre for Disease Control and Prevention (NCDC) has raised the alarm over a surge in Lassa fever infections, saying 87 people have died from the disease in 19 states since January.

In its latest situation report, the agency said 496 cases had been confirmed, with Ondo, Edo and Bauchi states accounting for 71 per cent of them. The case fatality rate now stands at 17.5 per cent, higher than the 16.3 per cent recorded in the same period last year.

Speaking to Daily Trust in Abuja on Tuesday, the Director-General of the NCDC, Dr Hauwa Bello-Musa, said late presentation at health facilities remained the biggest driver of deaths.

“Many patients arrive at the hospital when the disease is already advanced, after days of self-medication for what they think is malaria,” she said. “By then, our options are limited.”

She urged health workers to maintain “a high index of suspicion” for any patient with a fever that does not respond to antimalarial drugs. At least four health workers have been infected this year, according to the agency.

In Bauchi, the state Commissioner for Health, Dr Muhammad Sa’idu Gamawa, told our correspondent that an isolation centre at the Abubakar Tafawa Balewa University Teaching Hospital had been expanded to 40 beds.

“We have deployed rapid response teams to the affected local government areas and we are tracing every contact,” Gamawa said.

Residents of Kirfi, one of the worst-hit local government areas, said rodents had become a menace since the harvest.

“Rats are everywhere, in the grain stores, in the kitchens,” said Malam Yakubu Danladi, a farmer. “We are afraid, but we don’t have the money for proper storage.”

The NCDC said Nigerians should keep food in rodent-proof containers, avoid drying grains by the roadside and report to the nearest health facility if they develop symptoms such as fever, sore throat or unexplained bleeding.

Lassa fever, an acute viral haemorrhagic illness, is spread mainly through contact with food or household items contaminated by the urine or faeces of infected multimammate rats.""", [
        Q("87 people have died from the disease in 19 states since January", "indirect",
          "The Nigeria Centre for Disease Control and Prevention", "Nigeria Centre for Disease Control and Prevention"),
        Q("496 cases had been confirmed, with Ondo, Edo and Bauchi states accounting for 71 per cent of them",
          "indirect", "the agency", "Nigeria Centre for Disease Control and Prevention",
          speaker_at="the agency said"),
        Q("late presentation at health facilities remained the biggest driver of deaths", "indirect",
          "Hauwa Bello-Musa", "Hauwa Bello-Musa"),
        Q("“Many patients arrive at the hospital when the disease is already advanced, after days of self-medication "
          "for what they think is malaria,”", "direct", "she", "Hauwa Bello-Musa", speaker_at="she said"),
        Q("“By then, our options are limited.”", "direct", "she", "Hauwa Bello-Musa", speaker_at="she said"),
        Q("“a high index of suspicion”", "partial", "She", "Hauwa Bello-Musa", speaker_at="She urged"),
        Q("At least four health workers have been infected this year", "indirect", "the agency",
          "Nigeria Centre for Disease Control and Prevention", speaker_at="according to the agency"),
        Q("an isolation centre at the Abubakar Tafawa Balewa University Teaching Hospital had been expanded to 40 "
          "beds", "indirect", "Muhammad Sa’idu Gamawa", "Muhammad Sa’idu Gamawa"),
        Q("“We have deployed rapid response teams to the affected local government areas and we are tracing every "
          "contact,”", "direct", "Gamawa", "Muhammad Sa’idu Gamawa", speaker_at="Gamawa said"),
        Q("rodents had become a menace since the harvest", "indirect", "Residents of Kirfi", None),
        Q("“Rats are everywhere, in the grain stores, in the kitchens,”", "direct", "Yakubu Danladi",
          "Yakubu Danladi"),
        Q("“We are afraid, but we don’t have the money for proper storage.”", "direct", "Yakubu Danladi",
          "Yakubu Danladi"),
        Q("Nigerians should keep food in rodent-proof containers, avoid drying grains by the roadside and report to "
          "the nearest health facility if they develop symptoms such as fever, sore throat or unexplained bleeding",
          "indirect", "The NCDC", "Nigeria Centre for Disease Control and Prevention"),
    ], source="blind"),
    Case("blind40-perjury", """Former councillor lied to shield son after fatal crash, jury told

A former Carmarthenshire county councillor lied on oath to protect his son after a crash that killed a cyclist, a jury at Swansea Crown Court has heard.

Emyr ap Dafydd, 64, of Llandeilo, denies perjury and perverting the course of justice. He is accused of falsely telling an inquest in 2022 that he, and not his son Gethin, had been driving the family’s Land Rover on the A40 near Ffairfach on the night cyclist Owain Lloyd-Price, 38, was killed.

Opening the case for the Crown, prosecutor Nia Hughes-Parry said Mr ap Dafydd had ‘looked the coroner in the eye and told a story he knew to be false’.

‘This was not a moment of panic,’ she told the jury. ‘It was a considered decision, repeated over many months, to shield his son from the consequences of that night.

‘The Crown says he knew exactly what he was doing, and that he kept on doing it.’

The court heard that mobile phone data placed Mr ap Dafydd at a rugby club dinner in Llandovery, some 12 miles away, at the time of the collision.

Ms Hughes-Parry said Gethin ap Dafydd, now 29, had been drinking earlier that evening. He is not on trial, and the Crown Prosecution Service has said it will not comment on whether he will face charges.

Giving evidence on Tuesday, the cyclist’s widow, Ffion Lloyd-Price, said she had sat through the inquest ‘believing every word’.

‘I thanked him afterwards for being honest,’ she said, her voice breaking. ‘I shook his hand.’

Cross-examining, Catrin Vaughan KC, for the defence, suggested that Mrs Lloyd-Price could not know what had been in her client’s mind at the inquest.

‘He was a frightened father,’ Ms Vaughan said. ‘That is not the same thing as a liar.’

Judge Rhian Cadwaladr reminded jurors that the case was ‘not a retrial of the inquest’ and that they must decide it only on the evidence they heard in court.

Cycling UK Cymru, which has campaigned for safer rural roads since Mr Lloyd-Price’s death, said it was following the case closely.

The trial, which is expected to last two weeks, continues.""", [
        Q("he, and not his son Gethin, had been driving the family’s Land Rover on the A40 near Ffairfach on the night "
          "cyclist Owain Lloyd-Price, 38, was killed", "indirect", "He", "Emyr ap Dafydd", speaker_at="He is accused"),
        Q("‘looked the coroner in the eye and told a story he knew to be false’", "partial", "Nia Hughes-Parry",
          "Nia Hughes-Parry"),
        Q("‘This was not a moment of panic,’", "direct", "she", "Nia Hughes-Parry", speaker_at="she told the jury"),
        Q("‘It was a considered decision, repeated over many months, to shield his son from the consequences of that "
          "night.", "direct", "she", "Nia Hughes-Parry", speaker_at="she told the jury"),
        Q("‘The Crown says he knew exactly what he was doing, and that he kept on doing it.’", "direct", "she",
          "Nia Hughes-Parry", speaker_at="she told the jury"),
        Q("mobile phone data placed Mr ap Dafydd at a rugby club dinner in Llandovery, some 12 miles away, at the "
          "time of the collision", "indirect", None, None),
        Q("Gethin ap Dafydd, now 29, had been drinking earlier that evening", "indirect", "Hughes-Parry",
          "Nia Hughes-Parry", speaker_at="Ms Hughes-Parry said"),
        Q("it will not comment on whether he will face charges", "indirect", "the Crown Prosecution Service",
          "Crown Prosecution Service"),
        Q("‘believing every word’", "partial", "Ffion Lloyd-Price", "Ffion Lloyd-Price"),
        Q("‘I thanked him afterwards for being honest,’", "direct", "she", "Ffion Lloyd-Price",
          speaker_at="she said, her voice breaking"),
        Q("‘I shook his hand.’", "direct", "she", "Ffion Lloyd-Price", speaker_at="she said, her voice breaking"),
        Q("Mrs Lloyd-Price could not know what had been in her client’s mind at the inquest", "indirect",
          "Catrin Vaughan", "Catrin Vaughan"),
        Q("‘He was a frightened father,’", "direct", "Vaughan", "Catrin Vaughan", speaker_at="Ms Vaughan said"),
        Q("‘That is not the same thing as a liar.’", "direct", "Vaughan", "Catrin Vaughan",
          speaker_at="Ms Vaughan said"),
        Q("‘not a retrial of the inquest’", "partial", "Rhian Cadwaladr", "Rhian Cadwaladr"),
        Q("they must decide it only on the evidence they heard in court", "indirect", "Rhian Cadwaladr",
          "Rhian Cadwaladr"),
        Q("it was following the case closely", "indirect", "Cycling UK Cymru", "Cycling UK Cymru"),
    ], source="blind"),
    Case("blind40-hurling", """Ó hAodha the hero as Clare edge champions in Ennis thriller

Clare 2-21 Limerick 1-23

Cusack Park erupted on Sunday as a late point from substitute Rónán Ó hAodha sealed a one-point Munster SHC win for Clare over the All-Ireland champions in front of a crowd of 18,000.

Ó hAodha, who only came on in the 63rd minute, split the posts from 60 metres with the last puck of the game, having already set up Shane Mac Mahon's second goal.

"I just hit it and hoped," the 20-year-old Corofin clubman said afterwards. "I didn't even see it go over. I heard the roar and I knew."

Supporters were still singing "My Lovely Rose of Clare" on the terraces half an hour after the final whistle.

Clare manager Tadhg Mac Cárthaigh admitted his side had "ridden our luck" in the third quarter, when Limerick hit five points in a row to lead by three.

"Look, we were under savage pressure," he said. "But the lads never stopped working, and the bench won it for us. That's what you train all winter for."

He confirmed that full-back Dónal O'Grady had been taken off with a hamstring injury and would be assessed this week.

Limerick boss Pat Fitzgibbon was gracious in defeat. Clare "deserved it on the day," he said, though he felt a number of frees awarded in the second half were "soft enough".

"We'll look at ourselves first," said Fitzgibbon. "There's no point blaming anyone else."

The result leaves Clare top of the table ahead of next Sunday's trip to Walsh Park, where Waterford will be looking to bounce back from their defeat in Cork.

Clare captain Conor Mac Namara said the atmosphere in Ennis had been "something else" and paid tribute to supporters who had queued outside the ground since mid-morning.

Meanwhile, the Munster Council confirmed that it is looking into a pitch invasion that followed the final whistle. A spokesperson said the council would await the referee's report before deciding on any action.

Tickets for the Waterford game go on sale on Wednesday, according to Clare GAA.""", [
        Q('"I just hit it and hoped,"', "direct", "the 20-year-old Corofin clubman", "Rónán Ó hAodha"),
        Q("\"I didn't even see it go over. I heard the roar and I knew.\"", "direct", "the 20-year-old Corofin clubman",
          "Rónán Ó hAodha"),
        Q('"ridden our luck"', "partial", "Tadhg Mac Cárthaigh", "Tadhg Mac Cárthaigh"),
        Q('"Look, we were under savage pressure,"', "direct", "he", "Tadhg Mac Cárthaigh",
          speaker_at='pressure," he said'),
        Q("\"But the lads never stopped working, and the bench won it for us. That's what you train all winter for.\"",
          "direct", "he", "Tadhg Mac Cárthaigh", speaker_at='pressure," he said'),
        Q("full-back Dónal O'Grady had been taken off with a hamstring injury and would be assessed this week",
          "indirect", "He", "Tadhg Mac Cárthaigh", speaker_at="He confirmed"),
        Q('"deserved it on the day,"', "partial", "he", "Pat Fitzgibbon", speaker_at="he said, though"),
        Q('"soft enough"', "partial", "he", "Pat Fitzgibbon", speaker_at="he felt"),
        Q("\"We'll look at ourselves first,\"", "direct", "Fitzgibbon", "Pat Fitzgibbon",
          speaker_at="said Fitzgibbon"),
        Q("\"There's no point blaming anyone else.\"", "direct", "Fitzgibbon", "Pat Fitzgibbon",
          speaker_at="said Fitzgibbon"),
        Q('"something else"', "partial", "Conor Mac Namara", "Conor Mac Namara"),
        Q("it is looking into a pitch invasion that followed the final whistle", "indirect", "the Munster Council",
          "Munster Council"),
        Q("the council would await the referee's report before deciding on any action", "indirect", "A spokesperson",
          None),
        Q("Tickets for the Waterford game go on sale on Wednesday", "indirect", "Clare GAA", "Clare GAA"),
    ], source="blind"),
    Case("blind40-hail", """Golf-ball hail smashes Darling Downs as clean-up begins

Residents across Toowoomba and the western Darling Downs are counting the cost after a supercell thunderstorm pelted the region with hailstones as big as golf balls late on Tuesday afternoon.

The Bureau of Meteorology said hail of up to 5cm was recorded at Highfields and Oakey, while a gust of 104km/h was measured at Toowoomba Airport just after 4.30pm.

“It was a classic supercell – it formed quickly west of Dalby and tracked east along the range,” bureau meteorologist Harriet Vo said.

She said further storms were possible on Thursday but were unlikely to be as severe.

The State Emergency Service had received 412 calls for help by 8am on Wednesday, mostly for damaged roofs and smashed skylights, according to a Queensland Fire and Emergency Services spokeswoman.

In Highfields, Karen Whitlock was sheltering in the hallway with her two children when the hail hit.

“It sounded like someone was tipping a truckload of gravel onto the roof,” she told The Chronicle. “Every window on the western side is gone, and the car looks like it’s been through a war.”

Mayor Bronwyn Kessler said council crews had been out since first light clearing fallen trees from roads in Cabarlah, Meringandan and Glenvale.

“I want to thank the SES volunteers who worked right through the night,” Cr Kessler said, “and I’d ask everyone to be patient with the crews.

“If you don’t need to be out on the roads this morning, please stay home.”

For growers, the timing could hardly have been worse. Cotton and sorghum farmer Nick van Breda, of Jondaryan, said he had lost about 60 per cent of his sorghum crop in 15 minutes.

“You spend six months getting it to this point and then it’s gone before you’ve finished your cup of tea,” Mr van Breda said.

The Insurance Council of Australia said it was monitoring the situation but had not yet declared a catastrophe. An ICA spokesman said policyholders should photograph any damage before starting repairs.

Energex said about 9000 homes were still without power on Wednesday morning.""", [
        Q("hail of up to 5cm was recorded at Highfields and Oakey, while a gust of 104km/h was measured at Toowoomba "
          "Airport just after 4.30pm", "indirect", "The Bureau of Meteorology", "Bureau of Meteorology"),
        Q("“It was a classic supercell – it formed quickly west of Dalby and tracked east along the range,”", "direct",
          "Harriet Vo", "Harriet Vo"),
        Q("further storms were possible on Thursday but were unlikely to be as severe", "indirect", "She",
          "Harriet Vo", speaker_at="She said further"),
        Q("The State Emergency Service had received 412 calls for help by 8am on Wednesday, mostly for damaged roofs "
          "and smashed skylights", "indirect", "a Queensland Fire and Emergency Services spokeswoman", None),
        Q("“It sounded like someone was tipping a truckload of gravel onto the roof,”", "direct", "she",
          "Karen Whitlock", speaker_at="she told The Chronicle"),
        Q("“Every window on the western side is gone, and the car looks like it’s been through a war.”", "direct",
          "she", "Karen Whitlock", speaker_at="she told The Chronicle"),
        Q("council crews had been out since first light clearing fallen trees from roads in Cabarlah, Meringandan and "
          "Glenvale", "indirect", "Bronwyn Kessler", "Bronwyn Kessler"),
        Q("“I want to thank the SES volunteers who worked right through the night,”", "direct", "Kessler",
          "Bronwyn Kessler", speaker_at="Cr Kessler said"),
        Q("“and I’d ask everyone to be patient with the crews.", "direct", "Kessler", "Bronwyn Kessler",
          speaker_at="Cr Kessler said"),
        Q("“If you don’t need to be out on the roads this morning, please stay home.”", "direct", "Kessler",
          "Bronwyn Kessler", speaker_at="Cr Kessler said"),
        Q("he had lost about 60 per cent of his sorghum crop in 15 minutes", "indirect", "Nick van Breda",
          "Nick van Breda"),
        Q("“You spend six months getting it to this point and then it’s gone before you’ve finished your cup of tea,”",
          "direct", "van Breda", "Nick van Breda", speaker_at="Mr van Breda said"),
        Q("it was monitoring the situation but had not yet declared a catastrophe", "indirect",
          "The Insurance Council of Australia", "Insurance Council of Australia"),
        Q("policyholders should photograph any damage before starting repairs", "indirect", "An ICA spokesman", None),
        Q("about 9000 homes were still without power on Wednesday morning", "indirect", "Energex", "Energex"),
    ], source="blind"),
    Case("blind40-lecturers", """Lecturers down tools as CBA talks collapse

Learning was paralysed in public universities yesterday as lecturers began a nationwide strike over the government's failure to implement the 2021-2025 collective bargaining agreement.

The Universities Academic Staff Union (UASU) said its members in all 35 public universities had heeded the strike call, with lecture halls at the University of Nairobi, Moi University and Maseno University largely deserted.

Addressing striking lecturers at the University of Nairobi's main campus, UASU Secretary-General Dr Barasa Wekesa said the union would not call off the strike until the Sh7.9 billion owed to its members was released.

"We have been patient for two years. We have written letters, we have attended meetings, we have been promised and promised again," Dr Wekesa said. "Our members cannot pay rent with promises."

He accused the Treasury of treating universities "like an afterthought" and warned that the strike could spill into the examination period.

But Education Cabinet Secretary Peninah Chebet-Kirui termed the strike illegal, saying the government had already released a first tranche of Sh2.4 billion and was committed to clearing the balance by June.

"The door is open. I am asking the union leadership to come back to the table," the CS told journalists in Kericho. "Our students should not be the victims of this dispute."

The Inter-Public Universities Councils Consultative Forum, which negotiates on behalf of university councils, said in a statement that it had invited UASU to talks on Thursday.

Students expressed frustration at the disruption. Kelvin Otieno Mutua, a third-year engineering student at Moi University, said this was the third strike since he joined the institution.

"Every year it is the same story. We pay fees, then we sit at home," he said.

Meanwhile, the Kenya Universities Staff Union (Kusu), which represents non-teaching staff, said it would issue its own strike notice next week if its members' arrears were not paid.

According to UASU, lecturers at private universities are not affected by the strike.""", [
        Q("its members in all 35 public universities had heeded the strike call, with lecture halls at the University "
          "of Nairobi, Moi University and Maseno University largely deserted", "indirect",
          "The Universities Academic Staff Union", "Universities Academic Staff Union"),
        Q("the union would not call off the strike until the Sh7.9 billion owed to its members was released",
          "indirect", "Barasa Wekesa", "Barasa Wekesa"),
        Q('"We have been patient for two years. We have written letters, we have attended meetings, we have been '
          'promised and promised again,"', "direct", "Wekesa", "Barasa Wekesa", speaker_at="Dr Wekesa said"),
        Q('"Our members cannot pay rent with promises."', "direct", "Wekesa", "Barasa Wekesa",
          speaker_at="Dr Wekesa said"),
        Q('"like an afterthought"', "partial", "He", "Barasa Wekesa", speaker_at="He accused"),
        Q("the strike could spill into the examination period", "indirect", "He", "Barasa Wekesa",
          speaker_at="He accused"),
        Q("the government had already released a first tranche of Sh2.4 billion and was committed to clearing the "
          "balance by June", "indirect", "Peninah Chebet-Kirui", "Peninah Chebet-Kirui"),
        Q('"The door is open. I am asking the union leadership to come back to the table,"', "direct", "the CS",
          "Peninah Chebet-Kirui"),
        Q('"Our students should not be the victims of this dispute."', "direct", "the CS", "Peninah Chebet-Kirui"),
        Q("it had invited UASU to talks on Thursday", "indirect",
          "The Inter-Public Universities Councils Consultative Forum",
          "Inter-Public Universities Councils Consultative Forum"),
        Q("this was the third strike since he joined the institution", "indirect", "Kelvin Otieno Mutua",
          "Kelvin Otieno Mutua"),
        Q('"Every year it is the same story. We pay fees, then we sit at home,"', "direct", "he",
          "Kelvin Otieno Mutua", speaker_at='home," he said'),
        Q("it would issue its own strike notice next week if its members' arrears were not paid", "indirect",
          "the Kenya Universities Staff Union", "Kenya Universities Staff Union"),
        Q("lecturers at private universities are not affected by the strike", "indirect", "UASU",
          "Universities Academic Staff Union", speaker_at="According to UASU"),
    ], source="blind"),
    Case("blind40-poaching", """Three jailed over 14 elephant tusks in Mpika

THE Mpika Magistrate's Court has sentenced three men to five years imprisonment with hard labour each for unlawful possession of 14 elephant tusks valued at K1.2 million.

Mwamba Chanda, 41, Benson Mulenga, 36, and Patrick Siame, 29, all of Mpika, were convicted of being in possession of prescribed trophies without a certificate of ownership, contrary to the Zambia Wildlife Act.

Passing sentence, Principal Resident Magistrate Chilombo Mwape-Banda said poaching was robbing the nation of its heritage and that the court had a duty to send a strong message to would-be offenders.

“The elephant is not just an animal in the bush. It is part of who we are as Zambians, and it is a source of income for thousands of families through tourism,” she said.

The court heard that the trio were intercepted at a roadblock on the Great North Road in March last year after officers from the Department of National Parks and Wildlife (DNPW) received a tip-off from members of the community.

In mitigation, defence lawyer Kelvin Nkhata told the court that his clients were first offenders with young families to look after, and pleaded for leniency. But Mrs Mwape-Banda said the quantity of ivory showed that the accused were “not small fish.”

DNPW public relations officer Mutinta Hamoonga welcomed the judgment.

“This sends a clear message that poaching does not pay,” Ms Hamoonga said in a statement. “We will continue working with communities and other law enforcement agencies to protect our wildlife for future generations.”

According to the department, elephant poaching in the Luangwa ecosystem has dropped by more than 60 per cent over the past decade, but trafficking networks remain active along the border with Tanzania.

Chief Kapilipili of the Bisa people, whose chiefdom borders North Luangwa National Park, said his subjects were tired of being used by outsiders.

“They come with money and they look for young men who have nothing,” the traditional leader said. “When the young men are caught, the people who sent them are nowhere to be seen.”

He said Government should create more jobs in game management areas so that young people are not tempted.""", [
        Q("poaching was robbing the nation of its heritage and that the court had a duty to send a strong message to "
          "would-be offenders", "indirect", "Chilombo Mwape-Banda", "Chilombo Mwape-Banda"),
        Q("“The elephant is not just an animal in the bush. It is part of who we are as Zambians, and it is a source "
          "of income for thousands of families through tourism,”", "direct", "she", "Chilombo Mwape-Banda",
          speaker_at="she said"),
        Q("the trio were intercepted at a roadblock on the Great North Road in March last year after officers from the "
          "Department of National Parks and Wildlife (DNPW) received a tip-off from members of the community",
          "indirect", None, None),
        Q("his clients were first offenders with young families to look after", "indirect", "Kelvin Nkhata",
          "Kelvin Nkhata"),
        Q("“not small fish.”", "partial", "Mwape-Banda", "Chilombo Mwape-Banda", speaker_at="Mrs Mwape-Banda said"),
        Q("“This sends a clear message that poaching does not pay,”", "direct", "Hamoonga", "Mutinta Hamoonga",
          speaker_at="Ms Hamoonga said"),
        Q("“We will continue working with communities and other law enforcement agencies to protect our wildlife for "
          "future generations.”", "direct", "Hamoonga", "Mutinta Hamoonga", speaker_at="Ms Hamoonga said"),
        Q("elephant poaching in the Luangwa ecosystem has dropped by more than 60 per cent over the past decade, but "
          "trafficking networks remain active along the border with Tanzania", "indirect", "the department",
          "Department of National Parks and Wildlife", speaker_at="According to the department"),
        Q("his subjects were tired of being used by outsiders", "indirect", "Kapilipili", "Kapilipili"),
        Q("“They come with money and they look for young men who have nothing,”", "direct", "the traditional leader",
          "Kapilipili"),
        Q("“When the young men are caught, the people who sent them are nowhere to be seen.”", "direct",
          "the traditional leader", "Kapilipili"),
        Q("Government should create more jobs in game management areas so that young people are not tempted",
          "indirect", "He", "Kapilipili", speaker_at="He said Government"),
    ], source="blind"),
    Case("blind40-refuse", """Rubbish piles up as Samwu strike enters second week

Uncollected refuse is piling up on pavements across East London, Mdantsane and Qonce as a strike by Buffalo City Metro waste workers enters its second week.

Members of the South African Municipal Workers' Union (Samwu) downed tools on March 3 over a long-promised R1,500 monthly danger allowance and a shortage of protective clothing.

Samwu regional secretary Xolani Mqhayi said the workers would not return until the metro put its offer in writing.

"These are the people who handle your nappies, your broken glass, your rotten meat, with bare hands in some cases," Mqhayi told the Dispatch on Monday. "And then they are told there is no money."

Metro spokesperson Sibongile Ndamase said the city had tabled a revised offer on Friday and accused the union of "moving the goalposts". She said the strike was unprotected and that the metro had obtained a Labour Court interdict.

"The no-work, no-pay principle will apply," Ndamase said.

In Quigney, restaurant owner Johan van der Westhuizen said he had been forced to hire a private contractor to remove his waste.

"It's costing me R800 a week, on top of the rates I already pay," he said. "Who is going to refund me for that?"

Residents of NU 12 in Mdantsane said illegal dumping had got worse and that children were playing near heaps of rotting rubbish.

Ward councillor Thandeka Mgxaji-Zono warned of a health risk. "We've already seen rats in the streets. If this goes on another week, we are going to have a disease outbreak on our hands," she said.

Executive mayor Lonwabo Tshangana told a media briefing on Tuesday that he was "confident" a deal could be reached by the weekend, and that contingency teams had been deployed to clear refuse at hospitals and clinics first.

The Eastern Cape department of health said it was monitoring the situation.""", [
        Q("the workers would not return until the metro put its offer in writing", "indirect", "Xolani Mqhayi",
          "Xolani Mqhayi"),
        Q('"These are the people who handle your nappies, your broken glass, your rotten meat, with bare hands in '
          'some cases,"', "direct", "Mqhayi", "Xolani Mqhayi", speaker_at="Mqhayi told"),
        Q('"And then they are told there is no money."', "direct", "Mqhayi", "Xolani Mqhayi",
          speaker_at="Mqhayi told"),
        Q("the city had tabled a revised offer on Friday", "indirect", "Sibongile Ndamase", "Sibongile Ndamase"),
        Q('"moving the goalposts"', "partial", "Sibongile Ndamase", "Sibongile Ndamase"),
        Q("the strike was unprotected and that the metro had obtained a Labour Court interdict", "indirect", "She",
          "Sibongile Ndamase", speaker_at="She said the strike"),
        Q('"The no-work, no-pay principle will apply,"', "direct", "Ndamase", "Sibongile Ndamase",
          speaker_at="Ndamase said."),
        Q("he had been forced to hire a private contractor to remove his waste", "indirect",
          "Johan van der Westhuizen", "Johan van der Westhuizen"),
        Q("\"It's costing me R800 a week, on top of the rates I already pay,\"", "direct", "he",
          "Johan van der Westhuizen", speaker_at='pay," he said'),
        Q('"Who is going to refund me for that?"', "direct", "he", "Johan van der Westhuizen",
          speaker_at='pay," he said'),
        Q("illegal dumping had got worse and that children were playing near heaps of rotting rubbish", "indirect",
          "Residents of NU 12 in Mdantsane", None),
        Q("\"We've already seen rats in the streets. If this goes on another week, we are going to have a disease "
          "outbreak on our hands,\"", "direct", "she", "Thandeka Mgxaji-Zono", speaker_at="she said"),
        Q('"confident"', "partial", "Lonwabo Tshangana", "Lonwabo Tshangana"),
        Q("contingency teams had been deployed to clear refuse at hospitals and clinics first", "indirect",
          "Lonwabo Tshangana", "Lonwabo Tshangana"),
        Q("it was monitoring the situation", "indirect", "The Eastern Cape department of health",
          "Eastern Cape department of health"),
    ], source="blind"),
    Case("blind40-tennis", """Zhou stuns top seed to reach Dubai semi-finals

DUBAI (AFP) — China’s Zhou Minghao produced the biggest upset of the week at the Dubai Duty Free Tennis Championships on Thursday, knocking out top seed Luca van der Berg 7-6 (7/4), 3-6, 6-3 to reach his first ATP 500 semi-final.

The 22-year-old qualifier, ranked 87th in the world, saved two set points in the opening tie-break and broke the Dutchman twice in the decider.

“Honestly, I came here just hoping to win one match in qualifying,” Zhou told reporters. “Now I am in the semi-final. I don’t think I will sleep tonight.”

Van der Berg, who won the title two years ago, said he had been struggling with a stomach problem since Tuesday but refused to use it as an excuse.

“He played better than me today, simple as that,” the world number four said. “He was more aggressive on the big points and I was a bit passive.”

Zhou will next face Frenchman Karim Benali, who beat Canada’s Owen Mackenzie-Roy 6-4, 6-4 in an hour and 24 minutes.

Benali, 29, described his performance as “close to perfect” and said conditions at the Aviation Club were quicker than in previous years.

Zhou’s coach, Spain’s Álvaro de la Fuente, said the player’s rise had been built on “a lot of boring work nobody sees.”

The Chinese Tennis Association said in a post on Weibo that Zhou’s run was “a proud moment for Chinese men’s tennis”.

Tournament director Mohammed Al Shamsi told Khaleej Times that tickets for Friday’s semi-finals had sold out within hours of the draw being confirmed.

“We have never had so many Chinese fans in the stadium. It shows how global this tournament has become,” Al Shamsi said.

The final will be played on Saturday evening.""", [
        Q("“Honestly, I came here just hoping to win one match in qualifying,”", "direct", "Zhou", "Zhou Minghao",
          speaker_at="Zhou told reporters"),
        Q("“Now I am in the semi-final. I don’t think I will sleep tonight.”", "direct", "Zhou", "Zhou Minghao",
          speaker_at="Zhou told reporters"),
        Q("he had been struggling with a stomach problem since Tuesday", "indirect", "Van der Berg",
          "Luca van der Berg"),
        Q("“He played better than me today, simple as that,”", "direct", "the world number four",
          "Luca van der Berg"),
        Q("“He was more aggressive on the big points and I was a bit passive.”", "direct", "the world number four",
          "Luca van der Berg"),
        Q("“close to perfect”", "partial", "Benali", "Karim Benali", speaker_at="Benali, 29"),
        Q("conditions at the Aviation Club were quicker than in previous years", "indirect", "Benali",
          "Karim Benali", speaker_at="Benali, 29"),
        Q("“a lot of boring work nobody sees.”", "partial", "Álvaro de la Fuente", "Álvaro de la Fuente"),
        Q("“a proud moment for Chinese men’s tennis”", "partial", "The Chinese Tennis Association",
          "Chinese Tennis Association"),
        Q("tickets for Friday’s semi-finals had sold out within hours of the draw being confirmed", "indirect",
          "Mohammed Al Shamsi", "Mohammed Al Shamsi"),
        Q("“We have never had so many Chinese fans in the stadium. It shows how global this tournament has become,”",
          "direct", "Al Shamsi", "Mohammed Al Shamsi", speaker_at="Al Shamsi said"),
    ], source="blind"),
    Case("blind40-partypoll", """Rahmat to challenge Wong for PRB presidency

PETALING JAYA: Parti Rakyat Bersatu (PRB) deputy president Rahmat Hashim will challenge incumbent Wong Kah Yee for the party's top post at its elections next month, setting up the first contested presidential race in the party's 23-year history.

Rahmat confirmed his candidacy at a press conference at the party's headquarters here today, saying the party needed "fresh energy" after its poor showing in last year's state polls.

"I have the greatest respect for Kah Yee. But respect does not mean we stay silent when the party is losing touch with young voters," he said.

He said he had secured nominations from 96 of the party's 160 divisions, well above the 30% threshold required to contest.

Wong, who has led PRB since 2017, told FMT she welcomed the challenge. "This is a democratic party. Anyone who meets the requirements is free to offer themselves. Let the members decide," she said.

Wong's supporters, however, have privately questioned the timing. One division chief from Perak, who asked not to be named, said the contest would "only help our opponents" ahead of the general election.

Party election committee chairman Tan Sri Abdul Karim bin Yusof said nominations would close on Aug 12, with polling to take place simultaneously at all divisions on Sept 7.

Abdul Karim added that candidates would be barred from using party funds or government facilities for campaigning, and that any complaints should be lodged with the committee in writing.

Universiti Malaya political analyst Prof Kavitha Ramasamy said the contest was "healthy" for the party but warned that a bruising campaign could leave it divided.

"In Malaysian politics, the losing camp often does not go quietly," said Kavitha. "The real test will be whether the two sides can reconcile after the vote."

According to party sources, at least three of PRB's four vice-presidents are expected to throw their support behind Rahmat.""", [
        Q('"fresh energy"', "partial", "Rahmat", "Rahmat Hashim", speaker_at="Rahmat confirmed"),
        Q('"I have the greatest respect for Kah Yee. But respect does not mean we stay silent when the party is '
          'losing touch with young voters,"', "direct", "he", "Rahmat Hashim", speaker_at='voters," he said'),
        Q("he had secured nominations from 96 of the party's 160 divisions, well above the 30% threshold required to "
          "contest", "indirect", "He", "Rahmat Hashim", speaker_at="He said he had"),
        Q("she welcomed the challenge", "indirect", "Wong", "Wong Kah Yee", speaker_at="Wong, who has led"),
        Q('"This is a democratic party. Anyone who meets the requirements is free to offer themselves. Let the '
          'members decide,"', "direct", "she", "Wong Kah Yee", speaker_at='decide," she said'),
        Q('"only help our opponents"', "partial", "One division chief from Perak", None),
        Q("nominations would close on Aug 12, with polling to take place simultaneously at all divisions on Sept 7",
          "indirect", "Abdul Karim bin Yusof", "Abdul Karim bin Yusof"),
        Q("candidates would be barred from using party funds or government facilities for campaigning, and that any "
          "complaints should be lodged with the committee in writing", "indirect", "Abdul Karim",
          "Abdul Karim bin Yusof", speaker_at="Abdul Karim added"),
        Q('"healthy"', "partial", "Kavitha Ramasamy", "Kavitha Ramasamy"),
        Q("a bruising campaign could leave it divided", "indirect", "Kavitha Ramasamy", "Kavitha Ramasamy"),
        Q('"In Malaysian politics, the losing camp often does not go quietly,"', "direct", "Kavitha",
          "Kavitha Ramasamy", speaker_at="said Kavitha"),
        Q('"The real test will be whether the two sides can reconcile after the vote."', "direct", "Kavitha",
          "Kavitha Ramasamy", speaker_at="said Kavitha"),
        Q("at least three of PRB's four vice-presidents are expected to throw their support behind Rahmat",
          "indirect", "party sources", None),
    ], source="blind"),
    Case("blind40-boat", """Express boat hits sand barge on Chao Phraya, 23 hurt

Twenty-three people were injured, two of them seriously, when a Chao Phraya Express boat collided with a sand barge near Rama VII Bridge in Bang Phlat district on Friday morning.

The orange-flag boat, carrying about 80 commuters, was heading downstream towards Sathon pier when it struck the side of the barge at about 7.40am, according to the Marine Department.

Pol Col Anan Srisawat, superintendent of Bang Phlat police station, said the boat's driver, 47, had been detained for questioning and had tested negative for alcohol.

"Preliminary information suggests the boat tried to overtake the barge but misjudged the current, which is very strong at this time of year," Pol Col Anan said.

Passenger Siriporn Kaewmanee, 34, an office worker, said the impact threw people off their seats.

"Everyone was screaming. A man next to me fell into the water and people pulled him back by his shirt," she said. "I really thought the boat was going to sink."

The injured were taken to Siriraj and Vajira hospitals. A Siriraj Hospital spokeswoman said two women had suffered head injuries and were in intensive care, but their condition was stable.

Marine Department director-general Phairoj Sangkhaphan ordered an investigation and said the operator, Chao Phraya Express Boat Co, could face a fine and suspension of its licence if found negligent.

"We have told all operators many times that the river is high and they must reduce speed. This is not acceptable," Mr Phairoj said.

The company said in a statement that it would cover all medical expenses and cooperate fully with the authorities.

Regular commuters interviewed by the Bangkok Post said overcrowding at rush hour was a long-standing problem, with boats often leaving piers with passengers standing on the rear deck.

The Chao Phraya river has been running high after heavy rain in the North, and the Royal Irrigation Department has increased discharges from the Chao Phraya Dam in Chai Nat.""", [
        Q("The orange-flag boat, carrying about 80 commuters, was heading downstream towards Sathon pier when it "
          "struck the side of the barge at about 7.40am", "indirect", "the Marine Department", "Marine Department",
          speaker_at="according to the Marine Department"),
        Q("the boat's driver, 47, had been detained for questioning and had tested negative for alcohol", "indirect",
          "Anan Srisawat", "Anan Srisawat"),
        Q('"Preliminary information suggests the boat tried to overtake the barge but misjudged the current, which is '
          'very strong at this time of year,"', "direct", "Anan", "Anan Srisawat", speaker_at="Pol Col Anan said"),
        Q("the impact threw people off their seats", "indirect", "Siriporn Kaewmanee", "Siriporn Kaewmanee"),
        Q('"Everyone was screaming. A man next to me fell into the water and people pulled him back by his shirt,"',
          "direct", "she", "Siriporn Kaewmanee", speaker_at="she said"),
        Q('"I really thought the boat was going to sink."', "direct", "she", "Siriporn Kaewmanee",
          speaker_at="she said"),
        Q("two women had suffered head injuries and were in intensive care, but their condition was stable",
          "indirect", "A Siriraj Hospital spokeswoman", None),
        Q("the operator, Chao Phraya Express Boat Co, could face a fine and suspension of its licence if found "
          "negligent", "indirect", "Phairoj Sangkhaphan", "Phairoj Sangkhaphan"),
        Q('"We have told all operators many times that the river is high and they must reduce speed. This is not '
          'acceptable,"', "direct", "Phairoj", "Phairoj Sangkhaphan", speaker_at="Mr Phairoj said"),
        Q("it would cover all medical expenses and cooperate fully with the authorities", "indirect", "The company",
          "Chao Phraya Express Boat Co"),
        Q("overcrowding at rush hour was a long-standing problem, with boats often leaving piers with passengers "
          "standing on the rear deck", "indirect", "Regular commuters interviewed by the Bangkok Post", None),
    ], source="blind"),
    Case("blind40-landslide", """Landslides kill 9 in Rangamati, Bandarban after heavy rain

At least nine people, including four children, were killed in separate landslides in Rangamati and Bandarban early yesterday following two days of incessant rain, officials said.

Five members of a family died when a hill slope collapsed onto their tin-shed house in Rangamati town's Bhedbhedi area around 3:00am, said Rangamati Deputy Commissioner Mosharraf Hossain Khan.

“The rescue operation was difficult because the rain did not stop and the soil kept sliding,” he told The Daily Star over the phone. “We have recovered all five bodies.”

In Bandarban's Lama upazila, four people, among them a mother and her two daughters, were killed when mud buried two houses in Fasiakhali union, according to the Fire Service and Civil Defence.

Local Union Parishad chairman Jyotirmoy Chakma said many families living on the hill slopes had ignored repeated announcements asking them to move to shelters.

“People are afraid that if they leave, their land will be grabbed or their belongings stolen,” he said. “Where will they go after the rain stops? That is their question.”

The district administration has opened 29 shelters in Rangamati, and around 2,400 people had taken refuge there by yesterday evening, officials said.

The Bangladesh Meteorological Department has forecast heavy to very heavy rainfall in Chattogram division over the next 48 hours and issued a landslide warning for the three hill districts.

Meteorologist Shahnaz Sultana Parvin said a monsoon depression over the Bay of Bengal was likely to intensify further.

Environmental activists have long blamed indiscriminate hill cutting and unplanned settlements for the recurring disasters.

“Every year we count bodies and every year the hill cutting continues,” said Ruhul Amin Chowdhury, joint secretary of Bangladesh Poribesh Andolon (Bapa). “Without enforcement, these warnings mean nothing.”

In June 2017, landslides in the same region killed more than 160 people.""", [
        Q("At least nine people, including four children, were killed in separate landslides in Rangamati and "
          "Bandarban early yesterday following two days of incessant rain", "indirect", "officials", None,
          speaker_at="rain, officials said"),
        Q("Five members of a family died when a hill slope collapsed onto their tin-shed house in Rangamati town's "
          "Bhedbhedi area around 3:00am", "indirect", "Mosharraf Hossain Khan", "Mosharraf Hossain Khan"),
        Q("“The rescue operation was difficult because the rain did not stop and the soil kept sliding,”", "direct",
          "he", "Mosharraf Hossain Khan", speaker_at="he told The Daily Star"),
        Q("“We have recovered all five bodies.”", "direct", "he", "Mosharraf Hossain Khan",
          speaker_at="he told The Daily Star"),
        Q("In Bandarban's Lama upazila, four people, among them a mother and her two daughters, were killed when mud "
          "buried two houses in Fasiakhali union", "indirect", "the Fire Service and Civil Defence",
          "Fire Service and Civil Defence"),
        Q("many families living on the hill slopes had ignored repeated announcements asking them to move to shelters",
          "indirect", "Jyotirmoy Chakma", "Jyotirmoy Chakma"),
        Q("“People are afraid that if they leave, their land will be grabbed or their belongings stolen,”", "direct",
          "he", "Jyotirmoy Chakma", speaker_at="he said"),
        Q("“Where will they go after the rain stops? That is their question.”", "direct", "he", "Jyotirmoy Chakma",
          speaker_at="he said"),
        Q("The district administration has opened 29 shelters in Rangamati, and around 2,400 people had taken refuge "
          "there by yesterday evening", "indirect", "officials", None, speaker_at="evening, officials said"),
        Q("a monsoon depression over the Bay of Bengal was likely to intensify further", "indirect",
          "Shahnaz Sultana Parvin", "Shahnaz Sultana Parvin"),
        Q("“Every year we count bodies and every year the hill cutting continues,”", "direct",
          "Ruhul Amin Chowdhury", "Ruhul Amin Chowdhury"),
        Q("“Without enforcement, these warnings mean nothing.”", "direct", "Ruhul Amin Chowdhury",
          "Ruhul Amin Chowdhury"),
    ], source="blind"),
    Case("blind40-waterrates", """Ratepayers fume over 18 per cent water rate rise

Nelson ratepayers packed the council chamber on Thursday to protest against a proposed 18 per cent increase in water charges, with one submitter calling the plan “daylight robbery”.

Under the draft annual plan, the average household would pay about $1310 a year for water, up from $1110, to fund upgrades to the Maitai water treatment plant and the replacement of ageing pipes in The Wood and Stoke.

Nelson Ratepayers and Residents Association chairman Bruce O'Connell-Hart told councillors the increase would hit pensioners and young families hardest.

“People are already choosing between the power bill and the grocery bill. Now you want them to choose between water and food,” he said, to applause from the public gallery.

He said the council had known for a decade that the pipes needed replacing and had “kicked the can down the road” instead of setting money aside.

Mayor Graham Tuilagi acknowledged the anger in the room but said the work could not be delayed any longer.

“I understand people are hurting. But the alternative is boil-water notices and burst mains, and that costs everyone more in the end,” Tuilagi said.

Council group manager infrastructure Hemi Walker said about 30 per cent of the city's treated water was being lost through leaks before it reached a tap.

Councillor Aroha Te Whata, who voted against releasing the draft plan for consultation, said she would push for the rise to be phased in over three years. “We can do the work and still be fair about how we pay for it,” she said.

Not every submitter opposed the increase. Stoke resident Margaret Ellison, a retired engineer, said she would rather pay more now than face a crisis later. “Pipes don't fix themselves,” she told the hearing.

Written submissions close on May 2, a council spokeswoman said.""", [
        Q("“daylight robbery”", "partial", "one submitter", None),
        Q("the increase would hit pensioners and young families hardest", "indirect", "Bruce O'Connell-Hart",
          "Bruce O'Connell-Hart"),
        Q("“People are already choosing between the power bill and the grocery bill. Now you want them to choose "
          "between water and food,”", "direct", "he", "Bruce O'Connell-Hart", speaker_at="he said, to applause"),
        Q("the council had known for a decade that the pipes needed replacing", "indirect", "He",
          "Bruce O'Connell-Hart", speaker_at="He said the council"),
        Q("“kicked the can down the road”", "partial", "He", "Bruce O'Connell-Hart", speaker_at="He said the council"),
        Q("the work could not be delayed any longer", "indirect", "Graham Tuilagi", "Graham Tuilagi"),
        Q("“I understand people are hurting. But the alternative is boil-water notices and burst mains, and that "
          "costs everyone more in the end,”", "direct", "Tuilagi", "Graham Tuilagi", speaker_at="Tuilagi said"),
        Q("about 30 per cent of the city's treated water was being lost through leaks before it reached a tap",
          "indirect", "Hemi Walker", "Hemi Walker"),
        Q("she would push for the rise to be phased in over three years", "indirect", "Aroha Te Whata",
          "Aroha Te Whata"),
        Q("“We can do the work and still be fair about how we pay for it,”", "direct", "she", "Aroha Te Whata",
          speaker_at="it,” she said"),
        Q("she would rather pay more now than face a crisis later", "indirect", "Margaret Ellison", "Margaret Ellison"),
        Q("“Pipes don't fix themselves,”", "direct", "she", "Margaret Ellison", speaker_at="she told the hearing"),
        Q("Written submissions close on May 2", "indirect", "a council spokeswoman", None),
    ], source="blind"),
]
