package actors

import (
	"sync"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// Organizations known by one or two words and no generic word: the news
// agencies, broadcasters and papers that articles cite, political parties,
// large companies and football clubs, in the languages kiosk reads. No rule
// can tell "Gerindra" or "Kommersant" from a surname; a list can. Each list
// is a whole public class (the main national outlets of each language, the
// parties with seats in each country's parliament, the largest companies
// by revenue, the clubs of the top football leagues), not names picked from
// articles. Names that are also common words at a sentence's head
// ("Podemos", "Time", "Orange", "Veja") or first names ("Ford") are left
// out: a wrong organization costs as much as a missed one. Spaces are
// written "_".

// outlets are news agencies, broadcasters, papers and news sites.
var outlets = set(`agence_france-presse france-presse ansa efe dpa epa kyodo_news jiji yonhap bernama antara
	anadolu anadolu_agency irna wafa prensa_latina télam telam notimex
	риа риа_новости тасс итар-тасс интерфакс интерфакс-украина інтерфакс-україна уніан униан укрінформ укринформ
	bbc bbc_news cnn msnbc fox_news cbs cbs_news nbc nbc_news abc_news npr pbs sky_news itv channel_4 cnbc
	al_arabiya france_24 france_télévisions france_2 france_3 france_inter tf1 bfmtv bfm_tv lci rfi radio_france
	franceinfo euronews rtl ard zdf deutsche_welle dw n-tv rai rai_news mediaset la7 sky_tg24 rtve tve antena_3
	telecinco cadena_ser rtp tv_globo globonews cnn_indonesia metro_tv tvri rcti sctv kompas_tv vtv vtc htv
	nhk cctv cgtn kbs arirang первый_канал россия-24 нтв рен_тв russia_today вгтрк эхо_москвы
	new_york_times washington_post wall_street_journal usa_today los_angeles_times new_york_post daily_mail
	the_times sunday_times daily_telegraph telegraph the_guardian the_independent financial_times the_economist
	politico axios newsweek forbes business_insider huffpost huffington_post buzzfeed_news the_atlantic
	new_yorker associated_press nikkei asahi yomiuri mainichi south_china_morning_post straits_times
	bangkok_post jakarta_post kompas kompas.com detikcom detik.com liputan6 liputan6.com tribunnews
	republika tempo.co viva.co.id okezone
	le_monde le_figaro libération les_échos le_parisien l'express le_point l'obs mediapart ouest-france
	la_croix l'humanité canard_enchaîné le_canard_enchaîné paris_match journal_du_dimanche
	der_spiegel die_zeit süddeutsche_zeitung süddeutsche frankfurter_allgemeine
	frankfurter_allgemeine_zeitung bild-zeitung die_welt handelsblatt tagesspiegel taz wirtschaftswoche
	neue_zürcher_zeitung nzz tages-anzeiger der_standard die_presse kronen_zeitung
	el_país el_mundo la_vanguardia el_confidencial la_razón el_periódico clarín el_universal
	corriere_della_sera la_repubblica la_stampa il_sole_24_ore il_messaggero il_fatto_quotidiano il_giornale
	avvenire il_tempo
	folha folha_de_s.paulo folha_de_são_paulo o_globo estadão valor_econômico correio_braziliense
	diário_de_notícias correio_da_manhã
	коммерсант коммерсантъ ведомости известия новая_газета российская_газета рбк lenta.ru медуза медиазона
	українська_правда укрправда
	tuổi_trẻ thanh_niên vnexpress vietnamnet dân_trí zing zing_news nhân_dân lao_động tiền_phong
	người_lao_động vietnam_news`)

// parties are political parties with seats in their country's parliament,
// by the names and acronyms the news uses.
var parties = set(`democratic_party republican_party gop labour_party conservative_party tories liberal_democrats
	snp ukip reform_uk
	rassemblement_national front_national la_france_insoumise france_insoumise parti_socialiste les_républicains
	europe_écologie eelv modem la_république_en_marche lrem
	cdu csu spd fdp afd die_grünen die_linke bsw
	psoe partido_popular vox sumar erc junts pnv eh_bildu
	partito_democratico fratelli_d'italia movimento_5_stelle m5s forza_italia lega_nord
	psdb mdb pmdb psol partido_dos_trabalhadores
	единая_россия кпрф лдпр справедливая_россия слуга_народу європейська_солідарність
	pdi-p pdip pdi_perjuangan golkar gerindra pks pkb nasdem partai_demokrat`)

// companies are large companies known by a name without a generic word.
var companies = set(`exxonmobil exxon chevron totalenergies eni repsol equinor petronas pertamina petrochina sinopec
	cnooc aramco saudi_aramco lukoil novatek
	walmart costco carrefour aldi lidl tesco ikea inditex
	jpmorgan jp_morgan goldman_sachs morgan_stanley citigroup hsbc barclays bnp_paribas société_générale
	deutsche_bank commerzbank ubs credit_suisse santander bbva unicredit intesa_sanpaolo axa allianz generali
	blackrock berkshire_hathaway mastercard paypal moody's fitch
	pfizer moderna astrazeneca johnson_&_johnson novartis roche sanofi bayer merck gsk glaxosmithkline biontech
	novo_nordisk
	audi porsche renault peugeot stellantis fiat daimler volvo suzuki mazda mitsubishi subaru byd geely
	general_motors
	ibm oracle cisco adobe salesforce ebay snapchat pinterest reddit wikipedia anthropic
	amd tsmc asml broadcom zte oppo lenovo baidu softbank nintendo disney warner_bros paramount
	qatar_airways air_france klm british_airways ryanair easyjet airasia singapore_airlines cathay_pacific
	delta_air_lines united_airlines american_airlines garuda_indonesia lion_air turkish_airlines
	vodafone telefónica telefonica deutsche_telekom at&t verizon t-mobile telkomsel indosat
	rio_tinto bhp glencore arcelormittal danone l'oréal lvmh kering basf thyssenkrupp lockheed_martin
	raytheon monsanto syngenta`)

// shortBodies are the short names Russian and Ukrainian give their
// ministries, services and state bodies ("Минобороны", "Кабмін").
var shortBodies = set(`мид минобороны минфин минздрав минюст минтранс минэнерго минэкономразвития минпромторг
	минпросвещения минобрнауки минцифры минприроды минсельхоз минкультуры мчс мвд фсб фсо свр гру скр
	генпрокуратура росгвардия роскомнадзор ростех центробанк цб_рф банк_россии госдума совфед совбез
	мзс міноборони мінфін моз мін'юст мвс мінекономіки мінцифри мінкульт сбу набу нбу гпу дбр
	кабмін кабмин кабінет_міністрів верховна_рада нафтогаз укрзалізниця укренерго укрпошта`)

// clubs are football clubs whose name is no place.
var clubs = set(`real_madrid atlético_madrid atletico_madrid fc_barcelona barça juventus juve inter internazionale
	ac_milan inter_milan fiorentina atalanta sampdoria
	bayern_münchen bayern_munich borussia_dortmund schalke werder_bremen eintracht_frankfurt
	manchester_united manchester_city man_utd tottenham_hotspur
	psg paris_saint-germain olympique_de_marseille olympique_lyonnais ajax benfica
	flamengo corinthians palmeiras fluminense grêmio boca_juniors river_plate
	спартак зенит цска локомотив шахтар шахтер celtic galatasaray fenerbahçe beşiktaş persib persija`)

// placeClubs are clubs named after their town or region: organizations
// only in an article about football (sportsCues), places elsewhere.
var placeClubs = set(`bayern roma lazio napoli milan torino genoa bologna udinese cagliari verona lecce
	sevilla valencia villarreal getafe osasuna girona mallorca
	liverpool chelsea everton arsenal newcastle brighton
	marseille lyon monaco lens nantes rennes lille nice
	краснодар ростов сочи урал рубин ахмат
	porto santos botafogo`)

// sportsCues are lowercase words of football reports, in every language
// kiosk reads; two different ones make an article about football.
var sportsCues = set(`football soccer fútbol calcio fußball futebol футбол футбола matchs match partido partita
	partite jogo spiel матч матча gol goles gols goal goals but buts tor tore гол голы голов derby derbi
	allenatore entrenador técnico coach trainer тренер тренера campionato liga league bundesliga
	scudetto classifica clasificación classement таблице tournament torneio турнира stadio estadio стадион
	attaccante delantero centrocampista midfielder striker defender attaquant milieu нападающий полузащитник
	serie_a premier_league ligue_1`)

// placeClubKeys are placeClubs as folded keys and, for Cyrillic names,
// stems: "Краснодара" is the club in the genitive. Built on first use, as
// folding and stemming build the fold table.
var placeClubKeys = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for n := range placeClubs {
		m[fold.Key(n)] = true
		if st := wordStem(n); st != "" {
			m[st] = true
		}
	}
	return m
})

// club makes c an organization when it is a club named after its town in
// an article about football: its vote outweighs the gazetteer's place.
func (r *resolver) club(c *candidate) {
	if c.words != 1 || !placeClubKeys()[c.key] && !placeClubKeys()[wordStem(c.forms[0].text)] {
		return
	}
	if r.sporty == 0 {
		r.sporty = 2
		if sportsArticle(r.texts) {
			r.sporty = 1
		}
	}
	if r.sporty != 1 {
		return
	}
	most := 0
	for _, v := range c.votes {
		most = max(most, v)
	}
	c.votes[vOrg] = most + 1
}

// sportsCueStems are the Cyrillic sportsCues as stems: "тренером",
// "нападающему", "футбольного". Built on first use, as placeClubKeys.
var sportsCueStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range sportsCues {
		if st := wordStem(w); st != "" {
			m[st] = true
		}
	}
	for _, w := range []string{"футбольный", "клуб", "нападающий", "полузащитник", "вратарь", "защитник", "чемпионат", "сборная"} {
		m[wordStem(w)] = true
	}
	return m
})

// sportsArticle reports whether two different sportsCues stand in texts.
func sportsArticle(texts [][]token) bool {
	first := ""
	for _, toks := range texts {
		for k := range toks {
			t := &toks[k]
			if t.word && !t.upper && (sportsCues[t.lower] || isCyrillic(t.lower) && sportsCueStems()[wordStem(t.lower)]) && t.lower != first {
				if first != "" {
					return true
				}
				first = t.lower
			}
		}
	}
	return false
}

// knownOrgInside returns the bounds of a known organization's name inside
// the run toks[i:j] with other words beside it, or k == l == i: a German
// noun before it ("US-Nachrichtensender CNN", "TV-Sender Fox News
// USA-weit"), a country ("Nhật Bản Kyodo News"). The name is of two words
// or more, or an acronym: a single known word inside a run is as often a
// word of a longer name. A run that ends on a generic word is one name.
func (s *scanner) knownOrgInside(i, j int) (k, l int) {
	if j-i < 2 || s.toks[j-1].lastHas(isOrgAfter) {
		return i, i
	}
	for k = i; k < j; k++ {
		if s.toks[k].caps && (k > i || k+1 < j) && s.lookup(k, k+1).kind&gOrg != 0 && !s.known(i, j) {
			return k, k + 1
		}
		for l = k + 1; l <= j && isPrefix(s.g, s.keyOf(k, l)); l++ {
			if l+1 <= j && (k > i || l+1 < j) && s.lookup(k, l+1).kind&gOrg != 0 {
				return k, l + 1
			}
		}
	}
	return i, i
}
