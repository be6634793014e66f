"""Blind gold (batch 46): sixteen short news articles written without sight of the pretagger.

Wire copy and regional papers from many countries and house styles (curly,
straight and British single quotes), annotated for every quote, its kind,
the speaker mention and the canonical speaker. See gold_format.py for the
case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind46-steel", """South Korea's Hanseong Steel swings to loss as Chinese exports weigh

SEOUL, Oct 24 (Reuters) - South Korea's Hanseong Steel Co posted a third-quarter operating loss on Thursday, its first in four years, as a flood of cheap Chinese steel and weak demand from builders dragged down prices.

The country's third-largest steelmaker reported an operating loss of 48.2 billion won ($34.9 million) for the July-September period, compared with a profit of 112 billion won a year earlier. Analysts had expected a small profit, according to LSEG SmartEstimate.

"The market is going through the hardest period we have seen since the global financial crisis," Chief Financial Officer Park Ji-hoon told analysts on an earnings call. "Chinese mills are exporting at prices below our cost of production."

Park said the company would cut output at its Dangjin plant by about 15% in the fourth quarter and idle one of its two electric arc furnaces for maintenance.

Hanseong shares fell as much as 6.4% in morning trade before paring losses to close 3.1% lower, against a 0.4% rise in the benchmark KOSPI.

China's steel exports hit an eight-year high in the first nine months of the year as a prolonged property slump at home left mills with surplus capacity. South Korea's trade ministry said last month it was reviewing an anti-dumping petition filed by domestic producers against Chinese hot-rolled coil.

"Without trade protection, I don't see a recovery before the second half of next year," said Lee Soo-min, an analyst at Kiwoom Securities in Seoul. She cut her target price for the stock to 31,000 won from 38,000 won.

The company also flagged lower demand from shipbuilders, which have been among its most reliable customers. A Hanseong spokesperson said shipyards were "delaying orders rather than cancelling them" and that the company expected volumes to pick up once plate prices stabilised.

Chief Executive Kim Dae-sung, who took over in March, is trying to shift the product mix toward higher-margin steel for electric vehicles and wind turbines. In a letter to shareholders released alongside the results, he described the quarter as "painful but not unexpected".

(Reporting by Cho Min-jae; Editing by Peter Grahame)""", [
        Q("Analysts had expected a small profit", "indirect", "LSEG SmartEstimate", "LSEG SmartEstimate"),
        Q('"The market is going through the hardest period we have seen since the global financial crisis,"',
          "direct", "Park Ji-hoon", "Park Ji-hoon"),
        Q('"Chinese mills are exporting at prices below our cost of production."', "direct", "Park Ji-hoon",
          "Park Ji-hoon"),
        Q("the company would cut output at its Dangjin plant by about 15% in the fourth quarter and idle one of its "
          "two electric arc furnaces for maintenance", "indirect", "Park", "Park Ji-hoon", speaker_at="Park said"),
        Q("it was reviewing an anti-dumping petition filed by domestic producers against Chinese hot-rolled coil",
          "indirect", "South Korea's trade ministry", None),
        Q('"Without trade protection, I don\'t see a recovery before the second half of next year,"', "direct",
          "Lee Soo-min", "Lee Soo-min"),
        Q('"delaying orders rather than cancelling them"', "partial", "A Hanseong spokesperson", None),
        Q("that the company expected volumes to pick up once plate prices stabilised", "indirect",
          "A Hanseong spokesperson", None),
        Q('"painful but not unexpected"', "partial", "he", "Kim Dae-sung", speaker_at="he described"),
    ], source="blind"),
    Case("blind46-airline", """Harbour Pacific Profit Doubles as Long-Haul Travel Rebounds

(Bloomberg) -- Harbour Pacific Airways Ltd. said first-half profit more than doubled as travelers returned to long-haul routes, though the Hong Kong carrier warned that fares are starting to slip as rivals restore capacity.

Net income rose to HK$3.1 billion ($397 million) in the six months ended June, from HK$1.4 billion a year earlier, the airline said in a filing to the Hong Kong stock exchange on Wednesday. Revenue climbed 18% to HK$52.6 billion.

\u201cWe have now rebuilt our network to about 95% of where it was before the pandemic,\u201d Chairman Lam Wai-kit said in the statement. \u201cBut the environment is becoming far more competitive, and yields are normalizing faster than we anticipated.\u201d

Passenger yield, a measure of average fares, fell 9.7% from a year earlier, the company said. Cargo revenue was little changed as strong e-commerce shipments from mainland China offset weaker demand for general freight.

The shares rose as much as 4.2% in Hong Kong, the most in three months.

Chief Executive Officer Rosalind Ng-Whitfield said on a call with reporters that the carrier was still short of pilots in some fleets and would not return to full capacity until mid-2025. Asked about delays in deliveries of new Airbus SE jets, she said the airline was \u201cliving with it, like everyone else.\u201d

Harbour Pacific is one of several Asian carriers that have cashed in on pent-up demand for travel. Singapore Airlines Ltd. and Japan\u2019s ANA Holdings Inc. have also reported record or near-record earnings over the past year.

\u201cThe easy gains are behind them,\u201d said Danielle Okoro-Haynes, an analyst at Bloomberg Intelligence. The second half will be harder, she said, because jet fuel prices remain elevated and Chinese airlines are adding cheap seats on routes to Europe.

The carrier declared an interim dividend of 20 Hong Kong cents a share, its first since 2019.

\u2014 With assistance from Tom Tsang""", [
        Q("first-half profit more than doubled as travelers returned to long-haul routes", "indirect",
          "Harbour Pacific Airways Ltd.", "Harbour Pacific Airways"),
        Q("that fares are starting to slip as rivals restore capacity", "indirect", "the Hong Kong carrier",
          "Harbour Pacific Airways"),
        Q("Net income rose to HK$3.1 billion ($397 million) in the six months ended June, from HK$1.4 billion a "
          "year earlier", "indirect", "the airline", "Harbour Pacific Airways",
          speaker_at="the airline said in a filing"),
        Q("\u201cWe have now rebuilt our network to about 95% of where it was before the pandemic,\u201d", "direct",
          "Lam Wai-kit", "Lam Wai-kit"),
        Q("\u201cBut the environment is becoming far more competitive, and yields are normalizing faster than we "
          "anticipated.\u201d", "direct", "Lam Wai-kit", "Lam Wai-kit"),
        Q("Passenger yield, a measure of average fares, fell 9.7% from a year earlier", "indirect", "the company",
          "Harbour Pacific Airways", speaker_at="the company said"),
        Q("that the carrier was still short of pilots in some fleets and would not return to full capacity until "
          "mid-2025", "indirect", "Rosalind Ng-Whitfield", "Rosalind Ng-Whitfield"),
        Q("\u201cliving with it, like everyone else.\u201d", "partial", "she", "Rosalind Ng-Whitfield",
          speaker_at="she said the airline"),
        Q("\u201cThe easy gains are behind them,\u201d", "direct", "Danielle Okoro-Haynes", "Danielle Okoro-Haynes"),
        Q("The second half will be harder", "indirect", "she", "Danielle Okoro-Haynes",
          speaker_at="she said, because"),
    ], source="blind"),
    Case("blind46-rail", """Villagers vow to fight on after rail route through Harlton is confirmed

Campaigners in South Cambridgeshire have vowed to keep fighting plans for a new railway through their villages after the preferred route was confirmed on Tuesday.

East West Rail (EWR) published its updated proposals for the Bedford to Cambridge section, which would see trains run on an embankment up to eight metres high between Comberton and Harlton.

Residents say the line will cut villages in two and destroy farmland that has been worked by the same families for generations. Sarah Fenwick-Reid, chair of the Harlton and Comberton Rail Action group, said the announcement had left many people 'angry and frankly exhausted'.

'We have been consulted four times in six years and every time we've told them the same thing,' she said. 'A northern approach would cause far less damage, and they know it.'

Her group has long argued that trains should enter the city from the north, via Cambridge North station, rather than cutting across open countryside to the south.

But EWR says the southern route is the only way to serve the Cambridge Biomedical Campus, where thousands of new jobs are expected over the next decade.

'We understand this is difficult news for some communities, and we will keep working with them to reduce the impact,' said a spokesperson for the company. 'The southern approach offers the best value for passengers and the best connections to where people live and work.'

South Cambridgeshire District Council's lead member for planning, Cllr Tunde Adeyemi-Clarke, told the News the council remained 'deeply concerned' about the scheme.

'Nobody is against better rail links,' Cllr Adeyemi-Clarke said. 'What we are against is a railway designed in an office in Milton Keynes by people who have never stood in these fields.'

Harlton farmer Geoff Mansfield, whose family has farmed at Manor Farm since 1921, said the embankment would run 'right through the middle' of his best field.

'My grandfather ploughed that ground with horses,' he said. 'Now they want to put a wall of earth across it.'

A statutory consultation, branded 'Shaping the Route', runs until 12 March. EWR said the line could be open by the mid-2030s if it receives planning consent.""", [
        Q("the line will cut villages in two and destroy farmland that has been worked by the same families for "
          "generations", "indirect", "Residents", None),
        Q("'angry and frankly exhausted'", "partial", "Sarah Fenwick-Reid", "Sarah Fenwick-Reid"),
        Q("'We have been consulted four times in six years and every time we've told them the same thing,'",
          "direct", "she", "Sarah Fenwick-Reid", speaker_at="she said. 'A northern"),
        Q("'A northern approach would cause far less damage, and they know it.'", "direct", "she",
          "Sarah Fenwick-Reid", speaker_at="she said. 'A northern"),
        Q("that trains should enter the city from the north, via Cambridge North station, rather than cutting across "
          "open countryside to the south", "indirect", "Her group", "Harlton and Comberton Rail Action"),
        Q("the southern route is the only way to serve the Cambridge Biomedical Campus, where thousands of new jobs "
          "are expected over the next decade", "indirect", "EWR", "East West Rail", speaker_at="But EWR says"),
        Q("'We understand this is difficult news for some communities, and we will keep working with them to reduce "
          "the impact,'", "direct", "a spokesperson for the company", None),
        Q("'The southern approach offers the best value for passengers and the best connections to where people live "
          "and work.'", "direct", "a spokesperson for the company", None),
        Q("'deeply concerned'", "partial", "Tunde Adeyemi-Clarke", "Tunde Adeyemi-Clarke"),
        Q("'Nobody is against better rail links,'", "direct", "Adeyemi-Clarke", "Tunde Adeyemi-Clarke",
          speaker_at="Cllr Adeyemi-Clarke said"),
        Q("'What we are against is a railway designed in an office in Milton Keynes by people who have never stood in "
          "these fields.'", "direct", "Adeyemi-Clarke", "Tunde Adeyemi-Clarke", speaker_at="Cllr Adeyemi-Clarke said"),
        Q("'right through the middle'", "partial", "Geoff Mansfield", "Geoff Mansfield"),
        Q("'My grandfather ploughed that ground with horses,'", "direct", "he", "Geoff Mansfield",
          speaker_at="he said. 'Now"),
        Q("'Now they want to put a wall of earth across it.'", "direct", "he", "Geoff Mansfield",
          speaker_at="he said. 'Now"),
        Q("the line could be open by the mid-2030s if it receives planning consent", "indirect", "EWR",
          "East West Rail", speaker_at="EWR said the line"),
    ], source="blind"),
    Case("blind46-fisherman", """Tributes paid to Arbroath fisherman 'Dod' Cargill after 60 years at sea

Tributes have been paid to one of Arbroath's best-known fishermen, George 'Dod' Cargill, who has died at the age of 84.

Mr Cargill, who first went to sea aged 14 on his father's boat the Sunbeam, fished out of the harbour for more than six decades and remained a familiar figure on the quayside long after he retired.

He died peacefully at Ninewells Hospital in Dundee on Saturday, surrounded by his family.

His daughter, Morag Reilly, said the family had been overwhelmed by the messages they had received since his death.

'Dad was the sea, really. That's all he ever wanted to do,' she said. 'He'd be down at the harbour at five in the morning even when he was well into his seventies, just to see who was going out.

'He was a hard man to get a word out of, but if you asked him about the fishing he'd talk all day.'

Mr Cargill skippered the seine-netter Guiding Star for almost 30 years and was among the last of the Arbroath skippers to work the grounds off the Bell Rock in winter.

Fellow fisherman Alexander Spink, 79, who crewed with him through the 1970s, described him as 'the best skipper on the east coast, bar none'.

'He had a feel for where the fish were that you can't teach,' Mr Spink said. 'We had some wild nights out there, but I never once felt unsafe with Dod at the wheel.'

Harbour master Captain Iain Duthie said flags at the harbour would fly at half-mast on the day of the funeral.

The Scottish Fishermen's Federation also paid tribute. In a statement, the SFF said Mr Cargill belonged to 'a generation that built the industry in this part of Scotland'.

'Dod was Arbroath through and through,' said Angus Provost Catriona Mackintosh-Hay. 'The town has lost a real character, and the harbour won't be the same without him.'

He is survived by his wife of 58 years, Jean, three children and seven grandchildren. The funeral will take place at St Andrew's Church, Arbroath, on Friday at 11am.""", [
        Q("the family had been overwhelmed by the messages they had received since his death", "indirect",
          "Morag Reilly", "Morag Reilly"),
        Q("'Dad was the sea, really. That's all he ever wanted to do,'", "direct", "she", "Morag Reilly",
          speaker_at="she said. 'He'd"),
        Q("'He'd be down at the harbour at five in the morning even when he was well into his seventies, just to see "
          "who was going out.", "direct", "she", "Morag Reilly", speaker_at="she said. 'He'd"),
        Q("'He was a hard man to get a word out of, but if you asked him about the fishing he'd talk all day.'",
          "direct", "she", "Morag Reilly", speaker_at="she said. 'He'd"),
        Q("'the best skipper on the east coast, bar none'", "partial", "Alexander Spink", "Alexander Spink"),
        Q("'He had a feel for where the fish were that you can't teach,'", "direct", "Spink", "Alexander Spink",
          speaker_at="Mr Spink said"),
        Q("'We had some wild nights out there, but I never once felt unsafe with Dod at the wheel.'", "direct",
          "Spink", "Alexander Spink", speaker_at="Mr Spink said"),
        Q("flags at the harbour would fly at half-mast on the day of the funeral", "indirect", "Iain Duthie",
          "Iain Duthie"),
        Q("'a generation that built the industry in this part of Scotland'", "partial", "the SFF",
          "Scottish Fishermen's Federation"),
        Q("'Dod was Arbroath through and through,'", "direct", "Catriona Mackintosh-Hay", "Catriona Mackintosh-Hay"),
        Q("'The town has lost a real character, and the harbour won't be the same without him.'", "direct",
          "Catriona Mackintosh-Hay", "Catriona Mackintosh-Hay"),
    ], source="blind"),
    Case("blind46-camogie", """Castletown Geoghegan edge Clonkill to claim intermediate camogie crown

Castletown Geoghegan are Westmeath intermediate camogie champions for the first time in nine years after a nerve-shredding 1-11 to 1-10 win over Clonkill in TEG Cusack Park on Sunday.

A pointed free from captain Aoife N\u00ed Bhriain deep into injury time settled a contest that had swung back and forth all afternoon, and sparked wild celebrations among the large travelling support.

\u201cI didn\u2019t even look at the posts, to be honest,\u201d N\u00ed Bhriain said afterwards, still clutching the cup. \u201cI just hit it the way I\u2019ve hit a thousand of them in training and hoped for the best.\u201d

Clonkill had looked the likelier winners for long spells. Full-forward Sin\u00e9ad Mac Giolla Ph\u00e1draig goaled after just four minutes and the Bunbrosna side led by 1-6 to 0-5 at the break.

Castletown manager Declan O\u2019Rourke-Daly admitted his side had been \u201csecond best for most of the first half\u201d and said he had not needed to raise his voice in the dressing room.

\u201cThey knew themselves,\u201d he said. \u201cWe talked about winning our own ball and working harder around the middle, and to be fair to the girls they went out and did it.\u201d

A Ciara Lynam goal nine minutes into the second half brought the sides level, and the teams were tied five times thereafter before N\u00ed Bhriain\u2019s late intervention.

Clonkill boss Majella Gavigan was gracious in defeat. \u201cIt\u2019s a cruel way to lose one, but Castletown deserved it on the day,\u201d she told the Westmeath Independent. \u201cOur girls gave everything. I couldn\u2019t ask for more from them.\u201d

Gavigan said the club would regroup over the winter and target promotion in next year\u2019s league.

Castletown now go forward to the Leinster club championship, where they are due to meet the Kildare champions in a fortnight. According to Camogie Association officials, the fixture is likely to be played in Edenderry.""", [
        Q("\u201cI didn\u2019t even look at the posts, to be honest,\u201d", "direct", "N\u00ed Bhriain",
          "Aoife N\u00ed Bhriain", speaker_at="N\u00ed Bhriain said afterwards"),
        Q("\u201cI just hit it the way I\u2019ve hit a thousand of them in training and hoped for the best.\u201d",
          "direct", "N\u00ed Bhriain", "Aoife N\u00ed Bhriain", speaker_at="N\u00ed Bhriain said afterwards"),
        Q("\u201csecond best for most of the first half\u201d", "partial", "Declan O\u2019Rourke-Daly",
          "Declan O\u2019Rourke-Daly"),
        Q("he had not needed to raise his voice in the dressing room", "indirect", "Declan O\u2019Rourke-Daly",
          "Declan O\u2019Rourke-Daly"),
        Q("\u201cThey knew themselves,\u201d", "direct", "he", "Declan O\u2019Rourke-Daly",
          speaker_at="he said. \u201cWe talked"),
        Q("\u201cWe talked about winning our own ball and working harder around the middle, and to be fair to the girls "
          "they went out and did it.\u201d", "direct", "he", "Declan O\u2019Rourke-Daly",
          speaker_at="he said. \u201cWe talked"),
        Q("\u201cIt\u2019s a cruel way to lose one, but Castletown deserved it on the day,\u201d", "direct", "she",
          "Majella Gavigan", speaker_at="she told the Westmeath Independent"),
        Q("\u201cOur girls gave everything. I couldn\u2019t ask for more from them.\u201d", "direct", "she",
          "Majella Gavigan", speaker_at="she told the Westmeath Independent"),
        Q("the club would regroup over the winter and target promotion in next year\u2019s league", "indirect",
          "Gavigan", "Majella Gavigan", speaker_at="Gavigan said"),
        Q("the fixture is likely to be played in Edenderry", "indirect", "Camogie Association officials", None),
    ], source="blind"),
    Case("blind46-gift", """Ballarat teenager storms home to win Stawell Gift

Ballarat's Tayla Nguyen-Hardy has become the youngest woman in more than two decades to win the Stawell Gift, taking out the 120-metre final off a mark of 9.5 metres on Easter Monday.

The 17-year-old Ballarat Grammar student crossed the line in 13.41 seconds, holding off a late charge from Bendigo's Mia Kourakis, who started off 7m.

"I honestly can't believe it. I was just trying not to get caught," Nguyen-Hardy said moments after the race, wrapped in a Ballarat Harriers flag.

"When I heard the crowd get louder near the end I thought someone must be coming, so I just put my head down and kept going."

Her coach, former Gift finalist Brendan O'Shaughnessy, said she had trained through a stress fracture scare in January and had only returned to full sessions six weeks ago.

"Tayla's got a rare combination - she's quick, but she's also dead calm," he said. "Some kids freeze at Stawell. She looked like she was at training on a Tuesday night."

The men's Gift was won by Western Australian Jarrah Wolfe-Campbell, who said the victory was "for Dad", a former Gift heat winner who died last year.

Stawell Athletic Club president Rob Tiernan said crowds across the four-day carnival were up about 10 per cent on last year, which he put down to fine weather and "a bit of a buzz" around the women's final.

The state government last year committed $1.2 million to upgrade the Central Park grandstand. A spokeswoman for the Sport Minister said the works were on track to be finished before next year's Gift.

Back in Ballarat, Harriers president Jenny Loh said the club was "over the moon".

"We've got kids turning up to training already asking if they can be the next Tayla," Ms Loh said. "You can't buy that sort of thing for a small club."

Nguyen-Hardy will return to school next week, with her Year 12 exams looming later in the year.""", [
        Q('"I honestly can\'t believe it. I was just trying not to get caught,"', "direct", "Nguyen-Hardy",
          "Tayla Nguyen-Hardy", speaker_at="Nguyen-Hardy said moments"),
        Q('"When I heard the crowd get louder near the end I thought someone must be coming, so I just put my head '
          'down and kept going."', "direct", "Nguyen-Hardy", "Tayla Nguyen-Hardy",
          speaker_at="Nguyen-Hardy said moments"),
        Q("she had trained through a stress fracture scare in January and had only returned to full sessions six "
          "weeks ago", "indirect", "Brendan O'Shaughnessy", "Brendan O'Shaughnessy"),
        Q('"Tayla\'s got a rare combination - she\'s quick, but she\'s also dead calm,"', "direct", "he",
          "Brendan O'Shaughnessy", speaker_at='he said. "Some kids'),
        Q('"Some kids freeze at Stawell. She looked like she was at training on a Tuesday night."', "direct", "he",
          "Brendan O'Shaughnessy", speaker_at='he said. "Some kids'),
        Q('"for Dad"', "partial", "Jarrah Wolfe-Campbell", "Jarrah Wolfe-Campbell"),
        Q("crowds across the four-day carnival were up about 10 per cent on last year", "indirect", "Rob Tiernan",
          "Rob Tiernan"),
        Q('"a bit of a buzz"', "partial", "he", "Rob Tiernan", speaker_at="which he put down"),
        Q("the works were on track to be finished before next year's Gift", "indirect",
          "A spokeswoman for the Sport Minister", None),
        Q('"over the moon"', "partial", "Jenny Loh", "Jenny Loh"),
        Q('"We\'ve got kids turning up to training already asking if they can be the next Tayla,"', "direct", "Loh",
          "Jenny Loh", speaker_at="Ms Loh said"),
        Q('"You can\'t buy that sort of thing for a small club."', "direct", "Loh", "Jenny Loh",
          speaker_at="Ms Loh said"),
    ], source="blind"),
    Case("blind46-flood", """Whanganui River peaks as hundreds evacuated from low-lying streets

More than 400 people were evacuated from homes in Whanganui\u2019s low-lying suburbs overnight as the Whanganui River rose to its highest level since the devastating floods of 2015.

The river peaked at 16.2 metres at the Dublin St Bridge shortly after 4am on Sunday, according to Horizons Regional Council, just short of the 2015 record.

Whanganui District Council declared a local state of emergency at 9pm on Saturday as heavy rain in the central North Island poured into the catchment.

\u201cWe made the call early because we didn\u2019t want to be knocking on doors at 3am in the dark,\u201d Mayor Mereana Te Awa-Hughes said at a media briefing on Sunday morning. \u201cPeople have listened, and I want to thank them for that.\u201d

She said there had been no reports of injuries, and that residents of Anzac Parade and Aramoho should not return home until civil defence gave the all-clear.

Horizons\u2019 group manager of river management, Dr Kahu Ruatapu, said stopbanks along the river had \u201cdone their job\u201d but some had been tested \u201cright to the limit\u201d.

\u201cWe\u2019ll have engineers out along every kilometre of stopbank as soon as it\u2019s safe,\u201d Ruatapu said. \u201cThere\u2019s a lot of saturated ground out there, and we need to know what we\u2019re dealing with before the next front.\u201d

At the Aramoho welfare centre, evacuees described a long and anxious night. Pensioner Beverley Tamatea, 78, said she had packed \u201cthe photos and the cat\u201d before volunteers drove her out.

\u201cThis is my third flood in this house,\u201d she said. \u201cYou\u2019d think you\u2019d get used to it, but you never do.\u201d

Local hap\u016b opened Putiki marae to evacuees on Saturday night. Marae spokesman H\u014dri Paki said wh\u0101nau had been arriving since midnight, some still in their pyjamas.

\u201cOur doors are open for as long as people need us,\u201d he said.

MetService said the rain was easing but a heavy rain watch remained in place for the Ruapehu district until Monday afternoon.""", [
        Q("The river peaked at 16.2 metres at the Dublin St Bridge shortly after 4am on Sunday", "indirect",
          "Horizons Regional Council", "Horizons Regional Council"),
        Q("\u201cWe made the call early because we didn\u2019t want to be knocking on doors at 3am in the dark,\u201d",
          "direct", "Mereana Te Awa-Hughes", "Mereana Te Awa-Hughes"),
        Q("\u201cPeople have listened, and I want to thank them for that.\u201d", "direct", "Mereana Te Awa-Hughes",
          "Mereana Te Awa-Hughes"),
        Q("there had been no reports of injuries", "indirect", "She", "Mereana Te Awa-Hughes",
          speaker_at="She said there"),
        Q("that residents of Anzac Parade and Aramoho should not return home until civil defence gave the all-clear",
          "indirect", "She", "Mereana Te Awa-Hughes", speaker_at="She said there"),
        Q("\u201cdone their job\u201d", "partial", "Kahu Ruatapu", "Kahu Ruatapu"),
        Q("\u201cright to the limit\u201d", "partial", "Kahu Ruatapu", "Kahu Ruatapu"),
        Q("\u201cWe\u2019ll have engineers out along every kilometre of stopbank as soon as it\u2019s safe,\u201d",
          "direct", "Ruatapu", "Kahu Ruatapu", speaker_at="Ruatapu said"),
        Q("\u201cThere\u2019s a lot of saturated ground out there, and we need to know what we\u2019re dealing with "
          "before the next front.\u201d", "direct", "Ruatapu", "Kahu Ruatapu", speaker_at="Ruatapu said"),
        Q("\u201cthe photos and the cat\u201d", "partial", "Beverley Tamatea", "Beverley Tamatea"),
        Q("\u201cThis is my third flood in this house,\u201d", "direct", "she", "Beverley Tamatea",
          speaker_at="she said. \u201cYou"),
        Q("\u201cYou\u2019d think you\u2019d get used to it, but you never do.\u201d", "direct", "she",
          "Beverley Tamatea", speaker_at="she said. \u201cYou"),
        Q("wh\u0101nau had been arriving since midnight, some still in their pyjamas", "indirect", "H\u014dri Paki",
          "H\u014dri Paki"),
        Q("\u201cOur doors are open for as long as people need us,\u201d", "direct", "he", "H\u014dri Paki",
          speaker_at="he said"),
        Q("the rain was easing but a heavy rain watch remained in place for the Ruapehu district until Monday "
          "afternoon", "indirect", "MetService", "MetService"),
    ], source="blind"),
    Case("blind46-chief", """Longtime chief ousted as Kinosew Lake Cree Nation elects new leadership

Members of Kinosew Lake Cree Nation have elected a new chief, ending the 12-year tenure of Chief Raymond Cardinal-Bull in a vote that turned largely on housing and the band's handling of oil and gas revenues.

Wanda Littlechild, a former band administrator and social worker, won 412 votes to Cardinal-Bull's 301, according to results posted by the nation's electoral officer late Friday. A third candidate, Travis Auger, received 97 votes. Turnout was about 58 per cent, up from 41 per cent four years ago.

"People wanted change, and they came out in numbers I haven't seen in my lifetime," Littlechild told the Journal on Saturday from the band hall, about 90 kilometres northeast of Edmonton. "That tells me they want to be part of the decisions again."

Littlechild, 51, said her first priority would be an independent audit of the nation's trust accounts, and that she planned to hold monthly community meetings, including one in Edmonton for off-reserve members.

Cardinal-Bull, who was first elected in 2012, conceded in a short post on the nation's Facebook page, saying he respected the result and wished the new council "every success."

In an interview, he defended his record. "We built 60 houses, a new school and a health centre. Those things didn't exist when I started," he said. "I leave with my head up."

Eight councillors were also elected from a field of 23 candidates. Four are newcomers, including 26-year-old Brandon Saddleback, the youngest person ever elected to the nation's council.

Elder Dorothy Nepoose, 83, who has voted in every band election since the 1960s, said she was pleased to see so many young people at the polls.

"The young ones are paying attention now," she said. "That's good. It's their future we're voting on."

The election was held under the nation's own custom election code rather than the Indian Act. In a statement, Indigenous Services Canada said it respected the community's choice and looked forward to working with the new leadership.

The new chief and council will be sworn in on Oct. 14.""", [
        Q("Wanda Littlechild, a former band administrator and social worker, won 412 votes to Cardinal-Bull's 301",
          "indirect", "the nation's electoral officer", None),
        Q('"People wanted change, and they came out in numbers I haven\'t seen in my lifetime,"', "direct",
          "Littlechild", "Wanda Littlechild", speaker_at="Littlechild told the Journal"),
        Q('"That tells me they want to be part of the decisions again."', "direct", "Littlechild",
          "Wanda Littlechild", speaker_at="Littlechild told the Journal"),
        Q("her first priority would be an independent audit of the nation's trust accounts", "indirect",
          "Littlechild", "Wanda Littlechild", speaker_at="Littlechild, 51, said"),
        Q("that she planned to hold monthly community meetings, including one in Edmonton for off-reserve members",
          "indirect", "Littlechild", "Wanda Littlechild", speaker_at="Littlechild, 51, said"),
        Q("he respected the result", "indirect", "Cardinal-Bull", "Raymond Cardinal-Bull",
          speaker_at="Cardinal-Bull, who was first elected"),
        Q('"every success."', "partial", "Cardinal-Bull", "Raymond Cardinal-Bull",
          speaker_at="Cardinal-Bull, who was first elected"),
        Q('"We built 60 houses, a new school and a health centre. Those things didn\'t exist when I started,"',
          "direct", "he", "Raymond Cardinal-Bull", speaker_at='he said. "I leave'),
        Q('"I leave with my head up."', "direct", "he", "Raymond Cardinal-Bull", speaker_at='he said. "I leave'),
        Q("she was pleased to see so many young people at the polls", "indirect", "Dorothy Nepoose",
          "Dorothy Nepoose"),
        Q('"The young ones are paying attention now,"', "direct", "she", "Dorothy Nepoose",
          speaker_at='she said. "That'),
        Q('"That\'s good. It\'s their future we\'re voting on."', "direct", "she", "Dorothy Nepoose",
          speaker_at='she said. "That'),
        Q("it respected the community's choice and looked forward to working with the new leadership", "indirect",
          "Indigenous Services Canada", "Indigenous Services Canada"),
    ], source="blind"),
    Case("blind46-malaria", """Ministry warns of malaria surge as rains hit northern districts

The Ministry of Health has warned of a sharp rise in malaria infections in northern Uganda and West Nile, with health facilities in Lamwo, Adjumani and Yumbe reporting that up to half of all outpatients are testing positive for the disease.

Dr Harriet Nakiwala-Okello, the commissioner for national disease control, said the ministry had recorded more than 310,000 cases in the region in the past four weeks, compared with 190,000 in the same period last year.

\u201cThe prolonged rains have created ideal breeding conditions for mosquitoes, and we are also seeing a lot of movement of people across the border,\u201d Dr Nakiwala-Okello told journalists in Kampala on Tuesday. \u201cWe are asking every household to sleep under a treated net, every night, without exception.\u201d

She said the ministry had dispatched an extra 1.2 million doses of artemisinin-based combination therapy to the affected districts and would begin indoor residual spraying in Yumbe and Koboko next month.

Health workers on the ground, however, say stocks are running low. A clinical officer at Lamwo Health Centre IV, who asked not to be named because she is not authorised to speak to the press, told Monitor that the facility had run out of rapid diagnostic tests twice in the past month.

\u201cSometimes we treat on symptoms alone because there is nothing to test with,\u201d she said. \u201cBy the time the new kits come, the queue is outside the gate.\u201d

The Lamwo District Health Officer, Mr Charles Ojok Okot, acknowledged the shortages but said fresh supplies had arrived from National Medical Stores on Monday.

According to the World Health Organisation, Uganda has the third-highest malaria burden in the world, accounting for about five per cent of global cases.

In Adjumani Town, Mr Robert Ssebunya, a boda boda rider whose two children were admitted to hospital last week, said the nets his family received during the 2023 mass campaign had \u201clong torn\u201d.

\u201cWe need new ones. The ones we got are finished,\u201d he said. \u201cAt night the mosquitoes are like an army.\u201d

The ministry has asked district leaders to mobilise communities to clear stagnant water around homes, and urged anyone with a fever to seek testing within 24 hours.""", [
        Q("up to half of all outpatients are testing positive for the disease", "indirect",
          "health facilities in Lamwo, Adjumani and Yumbe", None),
        Q("the ministry had recorded more than 310,000 cases in the region in the past four weeks, compared with "
          "190,000 in the same period last year", "indirect", "Harriet Nakiwala-Okello", "Harriet Nakiwala-Okello"),
        Q("\u201cThe prolonged rains have created ideal breeding conditions for mosquitoes, and we are also seeing a lot "
          "of movement of people across the border,\u201d", "direct", "Nakiwala-Okello", "Harriet Nakiwala-Okello",
          speaker_at="Dr Nakiwala-Okello told"),
        Q("\u201cWe are asking every household to sleep under a treated net, every night, without exception.\u201d",
          "direct", "Nakiwala-Okello", "Harriet Nakiwala-Okello", speaker_at="Dr Nakiwala-Okello told"),
        Q("the ministry had dispatched an extra 1.2 million doses of artemisinin-based combination therapy to the "
          "affected districts and would begin indoor residual spraying in Yumbe and Koboko next month", "indirect",
          "She", "Harriet Nakiwala-Okello", speaker_at="She said the ministry"),
        Q("stocks are running low", "indirect", "Health workers on the ground", None),
        Q("that the facility had run out of rapid diagnostic tests twice in the past month", "indirect",
          "A clinical officer at Lamwo Health Centre IV", None),
        Q("\u201cSometimes we treat on symptoms alone because there is nothing to test with,\u201d", "direct", "she",
          None, speaker_at="she said. \u201cBy"),
        Q("\u201cBy the time the new kits come, the queue is outside the gate.\u201d", "direct", "she", None,
          speaker_at="she said. \u201cBy"),
        Q("fresh supplies had arrived from National Medical Stores on Monday", "indirect", "Charles Ojok Okot",
          "Charles Ojok Okot"),
        Q("Uganda has the third-highest malaria burden in the world, accounting for about five per cent of global "
          "cases", "indirect", "the World Health Organisation", "World Health Organisation"),
        Q("\u201clong torn\u201d", "partial", "Robert Ssebunya", "Robert Ssebunya"),
        Q("\u201cWe need new ones. The ones we got are finished,\u201d", "direct", "he", "Robert Ssebunya",
          speaker_at="he said. \u201cAt night"),
        Q("\u201cAt night the mosquitoes are like an army.\u201d", "direct", "he", "Robert Ssebunya",
          speaker_at="he said. \u201cAt night"),
    ], source="blind"),
    Case("blind46-fraud", """N4.2bn fraud: Court fixes date for ex-perm sec's trial, refuses bail variation

A Federal High Court in Abuja on Wednesday fixed March 18 for continuation of trial of a former Permanent Secretary in the Federal Ministry of Water Resources, Alhaji Musa Danjuma Abdulkarim, who is being prosecuted by the Economic and Financial Crimes Commission (EFCC) over an alleged N4.2 billion fraud.

Justice Halima Oyelaran-Bako also refused an application by the defendant seeking to vary the conditions of his bail to allow him travel to Saudi Arabia for medical treatment.

Abdulkarim is facing a 14-count charge bordering on conspiracy, abuse of office and money laundering. He pleaded not guilty.

At the resumed hearing, a prosecution witness, Mr Chukwuemeka Eze-Nwosu, an investigator with the EFCC, told the court that the money was paid to six companies for the construction of boreholes in 11 states between 2019 and 2021.

"My lord, our investigation revealed that none of the boreholes was ever drilled," Eze-Nwosu said while being led in evidence by prosecution counsel, Mr Babatunde Ogunsanya-Lawal.

He said four of the six companies were registered by relatives and associates of the defendant, and that N1.7 billion was later traced to a property in Maitama.

Under cross-examination by defence counsel, Chief Adewale Okonjo-Ibe (SAN), the witness admitted that investigators did not visit all the sites.

"So you sat in your office in Abuja and concluded that boreholes in Sokoto and Taraba do not exist?" Okonjo-Ibe asked.

"We relied on reports from the state water boards and on satellite imagery, my lord," the witness replied.

Ruling on the bail application, the judge said the medical report attached by the defendant did not show that the treatment he required was unavailable in Nigeria.

"The defendant has not placed sufficient material before this court to warrant a variation of the terms of his bail," Justice Oyelaran-Bako held. "The application is accordingly refused."

Speaking with journalists after proceedings, the EFCC's Head of Media, Ifeanyi Nwachukwu-Bello, said the commission was "committed to seeing this case to its logical conclusion".

The case was adjourned till March 18.""", [
        Q("that the money was paid to six companies for the construction of boreholes in 11 states between 2019 and "
          "2021", "indirect", "Chukwuemeka Eze-Nwosu", "Chukwuemeka Eze-Nwosu"),
        Q('"My lord, our investigation revealed that none of the boreholes was ever drilled,"', "direct",
          "Eze-Nwosu", "Chukwuemeka Eze-Nwosu", speaker_at="Eze-Nwosu said"),
        Q("four of the six companies were registered by relatives and associates of the defendant", "indirect",
          "He", "Chukwuemeka Eze-Nwosu", speaker_at="He said four"),
        Q("that N1.7 billion was later traced to a property in Maitama", "indirect", "He", "Chukwuemeka Eze-Nwosu",
          speaker_at="He said four"),
        Q("that investigators did not visit all the sites", "indirect", "the witness", "Chukwuemeka Eze-Nwosu",
          speaker_at="the witness admitted"),
        Q('"So you sat in your office in Abuja and concluded that boreholes in Sokoto and Taraba do not exist?"',
          "direct", "Okonjo-Ibe", "Adewale Okonjo-Ibe", speaker_at="Okonjo-Ibe asked"),
        Q('"We relied on reports from the state water boards and on satellite imagery, my lord,"', "direct",
          "the witness", "Chukwuemeka Eze-Nwosu", speaker_at="the witness replied"),
        Q("the medical report attached by the defendant did not show that the treatment he required was unavailable "
          "in Nigeria", "indirect", "the judge", "Halima Oyelaran-Bako"),
        Q('"The defendant has not placed sufficient material before this court to warrant a variation of the terms '
          'of his bail,"', "direct", "Oyelaran-Bako", "Halima Oyelaran-Bako",
          speaker_at="Justice Oyelaran-Bako held"),
        Q('"The application is accordingly refused."', "direct", "Oyelaran-Bako", "Halima Oyelaran-Bako",
          speaker_at="Justice Oyelaran-Bako held"),
        Q('"committed to seeing this case to its logical conclusion"', "partial", "Ifeanyi Nwachukwu-Bello",
          "Ifeanyi Nwachukwu-Bello"),
    ], source="blind"),
    Case("blind46-strike", """Platinum strike enters third week as Amcu digs in over wage offer

RUSTENBURG \u2014 More than 11,000 underground workers at Bakwena Platinum\u2019s operations near Rustenburg remained on strike on Monday after the Association of Mineworkers and Construction Union (Amcu) rejected a revised three-year wage offer and accused the company of \u201cnegotiating through the media\u201d.

Bakwena, the country\u2019s fourth-largest producer of platinum group metals, raised its offer on Friday to an annual increase of 6.5% for entry-level workers, up from 5%. Amcu is demanding R2,500 a month more across the board.

Amcu\u2019s regional organiser in Bojanala, Sipho Mahlangu-Ndaba, told Daily Maverick the offer was \u201can insult to the families of people who go underground every day\u201d.

\u201cThe company made R4-billion in profit last year. Don\u2019t tell us there is no money,\u201d he said, addressing about 2,000 strikers at a sports ground outside Photsaneng. \u201cOur members will not go back for crumbs.\u201d

In a statement, Bakwena said the strike was costing about 4,800 ounces of production a day and that its offer was \u201cthe best that is affordable\u201d after a 30% fall in the rand basket price over the past year.

Chief executive Johan van der Merwe warned last week that the company might have to review the future of two loss-making shafts if the stoppage dragged on. \u201cWe are not making threats. We are describing the economics of the business,\u201d Van der Merwe told analysts on Thursday.

Labour analyst Prof Nomvula Dlamini-Mokoena of the University of the Witwatersrand said the rhetoric on both sides echoed the five-month platinum strike of 2014.

\u201cEveryone knows how costly that was for workers, companies and the whole of Rustenburg. Nobody wants to repeat it,\u201d she said. \u201cBut the union\u2019s leadership also needs to show its members it can deliver something tangible before year-end.\u201d

The Department of Mineral and Petroleum Resources said it was monitoring the situation and urged both parties to return to the Commission for Conciliation, Mediation and Arbitration (CCMA).

Police spokesperson Colonel Adele Myburgh said there had been no reports of violence, but officers remained on standby near the shafts. DM""", [
        Q("\u201cnegotiating through the media\u201d", "partial",
          "the Association of Mineworkers and Construction Union",
          "Association of Mineworkers and Construction Union"),
        Q("\u201can insult to the families of people who go underground every day\u201d", "partial",
          "Sipho Mahlangu-Ndaba", "Sipho Mahlangu-Ndaba"),
        Q("\u201cThe company made R4-billion in profit last year. Don\u2019t tell us there is no money,\u201d", "direct",
          "he", "Sipho Mahlangu-Ndaba", speaker_at="he said, addressing"),
        Q("\u201cOur members will not go back for crumbs.\u201d", "direct", "he", "Sipho Mahlangu-Ndaba",
          speaker_at="he said, addressing"),
        Q("the strike was costing about 4,800 ounces of production a day", "indirect", "Bakwena",
          "Bakwena Platinum", speaker_at="Bakwena said"),
        Q("\u201cthe best that is affordable\u201d", "partial", "Bakwena", "Bakwena Platinum",
          speaker_at="Bakwena said"),
        Q("that the company might have to review the future of two loss-making shafts if the stoppage dragged on",
          "indirect", "Johan van der Merwe", "Johan van der Merwe"),
        Q("\u201cWe are not making threats. We are describing the economics of the business,\u201d", "direct",
          "Van der Merwe", "Johan van der Merwe"),
        Q("the rhetoric on both sides echoed the five-month platinum strike of 2014", "indirect",
          "Nomvula Dlamini-Mokoena", "Nomvula Dlamini-Mokoena"),
        Q("\u201cEveryone knows how costly that was for workers, companies and the whole of Rustenburg. Nobody wants to "
          "repeat it,\u201d", "direct", "she", "Nomvula Dlamini-Mokoena", speaker_at="she said. \u201cBut"),
        Q("\u201cBut the union\u2019s leadership also needs to show its members it can deliver something tangible "
          "before year-end.\u201d", "direct", "she", "Nomvula Dlamini-Mokoena", speaker_at="she said. \u201cBut"),
        Q("it was monitoring the situation", "indirect", "The Department of Mineral and Petroleum Resources",
          "Department of Mineral and Petroleum Resources"),
        Q("there had been no reports of violence, but officers remained on standby near the shafts", "indirect",
          "Adele Myburgh", "Adele Myburgh"),
    ], source="blind"),
    Case("blind46-architecture", """Al Wakra courtyard school wins Gulf sustainable architecture award

DOHA: A primary school in Al Wakra designed around a traditional courtyard has won the 2024 Gulf Award for Sustainable Architecture, organisers announced yesterday.

The Al Wakra Courtyard School, designed by Doha-based Studio Dana Al Mannai with the Dutch practice de Vries & Kooijman Architects, was chosen from 64 entries from across the six GCC states.

The prize was presented at a ceremony at the National Museum of Qatar by Sheikh Nasser bin Khalifa bin Jabor Al Thani, chairman of the award's board of trustees, who said the winning design showed that "heritage and innovation are not opposites".

"This school uses the wisdom of our grandparents' houses - shade, thick walls, a courtyard that breathes - to cut energy use by almost half," Sheikh Nasser said. "It is a model we hope to see across the region."

Qatari architect Dana Al Mannai told Qatar Tribune the project had been "a labour of four years" and credited teachers and pupils with shaping the design brief.

"We spent weeks in classrooms watching how children actually move and play," she said. "The courtyard came from them, not from us."

Her Dutch partner, Pieter de Vries, said the building relied on a wind tower and shaded walkways rather than mechanical cooling for much of the year. According to the jury's citation, the school uses 47 per cent less energy than a comparable conventional building.

Jury chairwoman Prof Leila Haddad-Rahmani of the American University of Beirut described the entry as "quietly radical".

"Many projects in our region still treat sustainability as a badge to add at the end," the professor said. "Here it is the starting point for everything."

The runner-up prize went to a social housing scheme in Muscat, while a mosque in Sharjah received a special commendation. The ceremony also saw the launch of a new 'Young Voices' category for architects under the age of 35, which will open for entries in January.""", [
        Q("A primary school in Al Wakra designed around a traditional courtyard has won the 2024 Gulf Award for "
          "Sustainable Architecture", "indirect", "organisers", None),
        Q('"heritage and innovation are not opposites"', "partial", "Nasser bin Khalifa bin Jabor Al Thani",
          "Nasser bin Khalifa bin Jabor Al Thani"),
        Q('"This school uses the wisdom of our grandparents\' houses - shade, thick walls, a courtyard that breathes '
          '- to cut energy use by almost half,"', "direct", "Nasser", "Nasser bin Khalifa bin Jabor Al Thani",
          speaker_at="Sheikh Nasser said"),
        Q('"It is a model we hope to see across the region."', "direct", "Nasser",
          "Nasser bin Khalifa bin Jabor Al Thani", speaker_at="Sheikh Nasser said"),
        Q('"a labour of four years"', "partial", "Dana Al Mannai", "Dana Al Mannai",
          speaker_at="architect Dana Al Mannai told"),
        Q('"We spent weeks in classrooms watching how children actually move and play,"', "direct", "she",
          "Dana Al Mannai", speaker_at='she said. "The courtyard'),
        Q('"The courtyard came from them, not from us."', "direct", "she", "Dana Al Mannai",
          speaker_at='she said. "The courtyard'),
        Q("the building relied on a wind tower and shaded walkways rather than mechanical cooling for much of the "
          "year", "indirect", "Pieter de Vries", "Pieter de Vries"),
        Q("the school uses 47 per cent less energy than a comparable conventional building", "indirect",
          "the jury's citation", None),
        Q('"quietly radical"', "partial", "Leila Haddad-Rahmani", "Leila Haddad-Rahmani"),
        Q('"Many projects in our region still treat sustainability as a badge to add at the end,"', "direct",
          "the professor", "Leila Haddad-Rahmani"),
        Q('"Here it is the starting point for everything."', "direct", "the professor", "Leila Haddad-Rahmani"),
    ], source="blind"),
    Case("blind46-doctors", """Contract doctors to stage walkout on Monday, MMA urges govt to act

PETALING JAYA: Hundreds of junior contract doctors at government hospitals nationwide are expected to walk out for three hours on Monday in protest against delays in permanent appointments and unpaid on-call allowances.

Organisers of the Hartal Doktor Muda movement said more than 2,000 house officers and medical officers had pledged to join the strike, which will begin at 10am.

"We are not doing this lightly. Many of us have been on contract for five or six years with no idea whether we will have a job next year," said one of the organisers, Dr Nur Aisyah Kamaruddin, a medical officer at Hospital Tengku Ampuan Rahimah in Klang.

She said emergency departments and intensive care units would not be affected.

The Malaysian Medical Association (MMA) said it supported the doctors' right to voice their grievances but urged them to ensure patient safety was not compromised.

MMA president Datuk Dr Lim Chee Keong told theSun that the government had "run out of excuses".

"We have raised this issue in every budget consultation for the past seven years," Lim said. "The ministry keeps promising a solution. Meanwhile, our best young doctors are leaving for Singapore and Australia."

In a statement last night, Health Minister Datuk Seri Dr Rosli Hashim said 4,300 contract medical officers would be offered permanent posts this year, and that arrears for on-call claims would be paid by the end of the month.

"I understand the frustration, and I have heard them," the minister said. "But I appeal to our doctors not to take any action that may affect patients."

According to a circular seen by theSun, civil servants who take part in unlawful strikes may face disciplinary action under the Public Officers (Conduct and Discipline) Regulations.

A house officer at Hospital Sultanah Aminah in Johor Bahru, who declined to be named, said she worked more than 80 hours a week and was still waiting for allowances owed since January.

"Some nights I sleep in the car because it's not worth driving home. Then people ask why we are angry," she said.

The walkout will be the second by contract doctors since 2021.""", [
        Q("more than 2,000 house officers and medical officers had pledged to join the strike, which will begin at "
          "10am", "indirect", "Organisers of the Hartal Doktor Muda movement", None),
        Q('"We are not doing this lightly. Many of us have been on contract for five or six years with no idea '
          'whether we will have a job next year,"', "direct", "Nur Aisyah Kamaruddin", "Nur Aisyah Kamaruddin"),
        Q("emergency departments and intensive care units would not be affected", "indirect", "She",
          "Nur Aisyah Kamaruddin", speaker_at="She said emergency"),
        Q("it supported the doctors' right to voice their grievances", "indirect",
          "The Malaysian Medical Association", "Malaysian Medical Association"),
        Q('"run out of excuses"', "partial", "Lim Chee Keong", "Lim Chee Keong"),
        Q('"We have raised this issue in every budget consultation for the past seven years,"', "direct", "Lim",
          "Lim Chee Keong", speaker_at="Lim said"),
        Q('"The ministry keeps promising a solution. Meanwhile, our best young doctors are leaving for Singapore and '
          'Australia."', "direct", "Lim", "Lim Chee Keong", speaker_at="Lim said"),
        Q("4,300 contract medical officers would be offered permanent posts this year", "indirect", "Rosli Hashim",
          "Rosli Hashim"),
        Q("that arrears for on-call claims would be paid by the end of the month", "indirect", "Rosli Hashim",
          "Rosli Hashim"),
        Q('"I understand the frustration, and I have heard them,"', "direct", "the minister", "Rosli Hashim"),
        Q('"But I appeal to our doctors not to take any action that may affect patients."', "direct",
          "the minister", "Rosli Hashim"),
        Q("civil servants who take part in unlawful strikes may face disciplinary action under the Public Officers "
          "(Conduct and Discipline) Regulations", "indirect", "a circular seen by theSun", None),
        Q("she worked more than 80 hours a week and was still waiting for allowances owed since January",
          "indirect", "A house officer at Hospital Sultanah Aminah in Johor Bahru", None),
        Q('"Some nights I sleep in the car because it\'s not worth driving home. Then people ask why we are angry,"',
          "direct", "she", None, speaker_at="angry,\" she said"),
    ], source="blind"),
    Case("blind46-ferry", """23 dead, 11 missing as ferry capsizes off Romblon

MANILA, Philippines \u2014 At least 23 people were killed and 11 others remain missing after a passenger ferry capsized in rough seas off Romblon early yesterday, the Philippine Coast Guard (PCG) said.

The MV Santa Lourdes II, which was carrying 147 passengers and 22 crew members, was on its way from Batangas port to Odiongan when it was battered by big waves about three nautical miles from its destination, according to PCG spokesperson Commodore Ma. Teresa dela Cruz-Villanueva.

\u201cOur search and rescue teams are still out there and will stay out there until every passenger is accounted for,\u201d dela Cruz-Villanueva told reporters at the PCG national headquarters in Port Area, Manila.

She said 135 people had been rescued, many of them clinging to life vests and debris, and were brought to the Romblon Provincial Hospital.

Survivors said the vessel began listing shortly after 4 a.m. One of them, fish vendor Jocelyn Bautista, 41, said passengers had been told to stay in their seats even as water poured into the lower deck.

\u201cNobody told us what was happening. When the boat tilted, everyone just screamed and jumped,\u201d Bautista said in Filipino.

The Maritime Industry Authority (Marina) said the ferry had been cleared to sail because no gale warning had been raised for the area at the time of departure.

But state weather bureau PAGASA said it had issued a gale warning covering the Sibuyan Sea at 11 p.m., five hours before the ferry left port.

Sen. Aurelio Macaraeg, chairman of the Senate committee on public services, said he would file a resolution seeking a Senate inquiry into the sinking, which he called \u201cyet another preventable tragedy at sea.\u201d

\u201cHow many more Filipinos have to drown before we fix this?\u201d the senator asked in a statement.

Romblon Gov. Eleuterio Fabella placed the province under a state of calamity yesterday afternoon.

\u201cWe have opened the gymnasium in Odiongan for the families. Food, medicine and transport home will be provided,\u201d Fabella said in a radio interview.

The ferry\u2019s operator, Tablas Star Shipping Lines, has not issued a statement. Calls to its Batangas office went unanswered.""", [
        Q("At least 23 people were killed and 11 others remain missing after a passenger ferry capsized in rough seas "
          "off Romblon early yesterday", "indirect", "the Philippine Coast Guard", "Philippine Coast Guard"),
        Q("The MV Santa Lourdes II, which was carrying 147 passengers and 22 crew members, was on its way from "
          "Batangas port to Odiongan when it was battered by big waves about three nautical miles from its "
          "destination", "indirect", "Ma. Teresa dela Cruz-Villanueva", "Ma. Teresa dela Cruz-Villanueva"),
        Q("\u201cOur search and rescue teams are still out there and will stay out there until every passenger is "
          "accounted for,\u201d", "direct", "dela Cruz-Villanueva", "Ma. Teresa dela Cruz-Villanueva",
          speaker_at="dela Cruz-Villanueva told reporters"),
        Q("135 people had been rescued, many of them clinging to life vests and debris, and were brought to the "
          "Romblon Provincial Hospital", "indirect", "She", "Ma. Teresa dela Cruz-Villanueva",
          speaker_at="She said 135"),
        Q("the vessel began listing shortly after 4 a.m.", "indirect", "Survivors", None),
        Q("passengers had been told to stay in their seats even as water poured into the lower deck", "indirect",
          "Jocelyn Bautista", "Jocelyn Bautista"),
        Q("\u201cNobody told us what was happening. When the boat tilted, everyone just screamed and jumped,\u201d",
          "direct", "Bautista", "Jocelyn Bautista", speaker_at="Bautista said in Filipino"),
        Q("the ferry had been cleared to sail because no gale warning had been raised for the area at the time of "
          "departure", "indirect", "The Maritime Industry Authority", "Maritime Industry Authority"),
        Q("it had issued a gale warning covering the Sibuyan Sea at 11 p.m., five hours before the ferry left port",
          "indirect", "PAGASA", "PAGASA"),
        Q("he would file a resolution seeking a Senate inquiry into the sinking", "indirect", "Aurelio Macaraeg",
          "Aurelio Macaraeg"),
        Q("\u201cyet another preventable tragedy at sea.\u201d", "partial", "he", "Aurelio Macaraeg",
          speaker_at="which he called"),
        Q("\u201cHow many more Filipinos have to drown before we fix this?\u201d", "direct", "the senator",
          "Aurelio Macaraeg"),
        Q("\u201cWe have opened the gymnasium in Odiongan for the families. Food, medicine and transport home will be "
          "provided,\u201d", "direct", "Fabella", "Eleuterio Fabella", speaker_at="Fabella said"),
    ], source="blind"),
    Case("blind46-cricket", """Gurung steers Nepal past UAE to keep World Cup dream alive

KATHMANDU: Nepal kept their hopes of reaching next year\u2019s ICC Men\u2019s Cricket World Cup alive with a dramatic three-wicket win over the United Arab Emirates at the Tribhuvan University International Cricket Ground in Kirtipur on Saturday.

Chasing 247, the hosts slipped to 161 for six before an unbeaten 58 off 49 balls from wicketkeeper-batter Sujan Gurung steered them home with four balls to spare, sending a capacity crowd of around 18,000 into raptures.

\u201cWhen I walked in, the dressing room was very quiet,\u201d Gurung said at the post-match press conference. \u201cI told myself, just take it to the last over. With this crowd behind us, anything is possible.\u201d

Captain Bibek Adhikari-Thapa praised the 24-year-old\u2019s temperament, calling the innings \u201cone of the best I\u2019ve seen from a Nepali player under pressure\u201d.

\u201cSujan has worked very hard on his game against spin,\u201d the skipper said. \u201cToday he showed why he belongs at this level.\u201d

Earlier, UAE opener Vishnu Menon-Pillai struck a fluent 92 to lift the visitors to 246 for eight, but leg-spinner Prithvi Raj Bhandari pegged them back with four for 38, including three wickets in his final two overs.

UAE captain Imran Siddiqui admitted his side had let the game slip in the field. \u201cWe dropped Gurung twice. At this level you cannot do that and expect to win,\u201d he said.

Nepal\u2019s South African head coach Hamish van Rooyen told reporters that the team would not get carried away, with three matches still to play in the qualifying round.

\u201cWe are in a good position, but it is only a good position,\u201d van Rooyen said. \u201cOman on Tuesday is a completely different test.\u201d

The Cricket Association of Nepal (CAN) announced that each member of the squad would receive a bonus of Rs 200,000 for the win. CAN secretary Dharmendra Lal Shrestha said the association also planned to add temporary seating for the remaining home fixtures.

Fans who had queued outside the ground since dawn described the atmosphere as \u201celectric\u201d. Traffic in Kirtipur remained gridlocked for more than two hours after the final ball.""", [
        Q("\u201cWhen I walked in, the dressing room was very quiet,\u201d", "direct", "Gurung", "Sujan Gurung",
          speaker_at="Gurung said at"),
        Q("\u201cI told myself, just take it to the last over. With this crowd behind us, anything is possible.\u201d",
          "direct", "Gurung", "Sujan Gurung", speaker_at="Gurung said at"),
        Q("\u201cone of the best I\u2019ve seen from a Nepali player under pressure\u201d", "partial",
          "Bibek Adhikari-Thapa", "Bibek Adhikari-Thapa"),
        Q("\u201cSujan has worked very hard on his game against spin,\u201d", "direct", "the skipper",
          "Bibek Adhikari-Thapa"),
        Q("\u201cToday he showed why he belongs at this level.\u201d", "direct", "the skipper",
          "Bibek Adhikari-Thapa"),
        Q("his side had let the game slip in the field", "indirect", "Imran Siddiqui", "Imran Siddiqui"),
        Q("\u201cWe dropped Gurung twice. At this level you cannot do that and expect to win,\u201d", "direct", "he",
          "Imran Siddiqui", speaker_at="expect to win,\u201d he said"),
        Q("that the team would not get carried away, with three matches still to play in the qualifying round",
          "indirect", "Hamish van Rooyen", "Hamish van Rooyen"),
        Q("\u201cWe are in a good position, but it is only a good position,\u201d", "direct", "van Rooyen",
          "Hamish van Rooyen", speaker_at="van Rooyen said"),
        Q("\u201cOman on Tuesday is a completely different test.\u201d", "direct", "van Rooyen", "Hamish van Rooyen",
          speaker_at="van Rooyen said"),
        Q("that each member of the squad would receive a bonus of Rs 200,000 for the win", "indirect",
          "The Cricket Association of Nepal", "Cricket Association of Nepal"),
        Q("the association also planned to add temporary seating for the remaining home fixtures", "indirect",
          "Dharmendra Lal Shrestha", "Dharmendra Lal Shrestha"),
        Q("\u201celectric\u201d", "partial", "Fans who had queued outside the ground since dawn", None),
    ], source="blind"),
    Case("blind46-runoff", """Ellison-Boyd wins Sumter Springs mayoral runoff as tornado recovery dominates

SUMTER SPRINGS \u2014 Former City Council President LaToya Ellison-Boyd won Tuesday\u2019s mayoral runoff by fewer than 300 votes, promising to speed up rebuilding in a city still scarred by the March tornado that killed seven people and destroyed more than 400 homes.

Ellison-Boyd took 52.4% of the vote to 47.6% for businessman Hollis McCrary Jr., according to unofficial results from the Sumter County Probate Office. Turnout was 38%, high for a municipal runoff.

\u201cTonight is not about me. It\u2019s about every family that\u2019s still living in a FEMA trailer on their own front lawn,\u201d Ellison-Boyd told supporters at the Bethel AME Church fellowship hall shortly after 10 p.m. \u201cWe are going to get them home.\u201d

The Rev. Cornelius Whitfield, Bethel\u2019s pastor, opened the gathering with a prayer and told the crowd the city had \u201ccome through the storm together and chosen together.\u201d

McCrary conceded in a brief statement posted on Facebook, saying he had called Ellison-Boyd to congratulate her. He said his campaign had raised \u201cquestions that still need answers\u201d about how the city spent $18 million in federal disaster money, and he urged the new administration to open its books.

The EF-3 tornado, with winds the National Weather Service estimated at 150 mph, cut a 12-mile path through the city\u2019s Eastside and the downtown business district on March 24. The weather service said it was on the ground for 19 minutes.

Eight months later, blue tarps still cover dozens of roofs on Magnolia Avenue.

\u201cI voted for whoever was going to get the debris off my street,\u201d said Earline Poole, 71, whose house lost its roof and most of its back wall. \u201cIt\u2019s been eight months. Eight months.\u201d

State Sen. Marcus DuBose, R-Sumter Springs, who endorsed McCrary, said in a text message that the new mayor would have \u201ca partner in Montgomery\u201d on recovery funding.

Outgoing Mayor Dwight Harrell, who did not seek a fourth term, said he would meet with Ellison-Boyd this week to begin the transition. She will be sworn in Nov. 4, becoming the first woman to lead the city.

The results will be certified by the City Council on Friday.""", [
        Q("Ellison-Boyd took 52.4% of the vote to 47.6% for businessman Hollis McCrary Jr.", "indirect",
          "the Sumter County Probate Office", "Sumter County Probate Office"),
        Q("\u201cTonight is not about me. It\u2019s about every family that\u2019s still living in a FEMA trailer on their "
          "own front lawn,\u201d", "direct", "Ellison-Boyd", "LaToya Ellison-Boyd",
          speaker_at="Ellison-Boyd told supporters"),
        Q("\u201cWe are going to get them home.\u201d", "direct", "Ellison-Boyd", "LaToya Ellison-Boyd",
          speaker_at="Ellison-Boyd told supporters"),
        Q("\u201ccome through the storm together and chosen together.\u201d", "partial", "Cornelius Whitfield",
          "Cornelius Whitfield"),
        Q("he had called Ellison-Boyd to congratulate her", "indirect", "McCrary", "Hollis McCrary Jr.",
          speaker_at="McCrary conceded"),
        Q("\u201cquestions that still need answers\u201d", "partial", "He", "Hollis McCrary Jr.",
          speaker_at="He said his campaign"),
        Q("it was on the ground for 19 minutes", "indirect", "The weather service", "National Weather Service"),
        Q("\u201cI voted for whoever was going to get the debris off my street,\u201d", "direct", "Earline Poole",
          "Earline Poole"),
        Q("\u201cIt\u2019s been eight months. Eight months.\u201d", "direct", "Earline Poole", "Earline Poole"),
        Q("\u201ca partner in Montgomery\u201d", "partial", "Marcus DuBose", "Marcus DuBose"),
        Q("he would meet with Ellison-Boyd this week to begin the transition", "indirect", "Dwight Harrell",
          "Dwight Harrell"),
    ], source="blind"),
]
