package actors

import (
	"strings"
	"sync"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// The word lists below are the extractor's cues. They are lowercase; lookups
// lowercase the word first. Each list is spread over the languages kiosk reads
// (French and English first, then Spanish, German, Italian, Portuguese,
// Russian, Ukrainian); a word that means the same in several sits once.

func foldSet(list string) map[string]bool {
	m := map[string]bool{}
	for w := range set(list) {
		m[fold.Key(w)] = true
	}
	return m
}

func set(lists ...string) map[string]bool {
	n := 0
	for _, l := range lists {
		n += strings.Count(l, " ") + strings.Count(l, "\n") + 1
	}
	// Sized at once: the package's sets, 3,800 words, are built at every
	// process's start, and growing each map was most of it.
	m := make(map[string]bool, n)
	for _, l := range lists {
		for w := range strings.FieldsSeq(l) {
			m[strings.ReplaceAll(w, "_", " ")] = true
		}
	}
	return m
}

// honorifics stand before a person's name and stay in its aliases ("M. Rubio").
var honorifics = set(`ông bà m. m mme mme. mlle mlle. mr mr. mrs mrs. ms ms. miss dr dr. pr pr. sir
	sr. sra. sr sra don doña dona herr frau sig. sig.ra signor signora sr.ª
	г-н г-жа пан пані господин госпожа`)

// vietHonorifics are Vietnamese forms of address before a name ("anh
// Nguyễn Văn Bình", "chị Lan"); only in Vietnamese text: "anh" is also
// the unaccented word of a caption ("hinh anh").
var vietHonorifics = set(`anh chị cô chú bác cháu thầy`)

// titles are roles before a name: they mark a person and are dropped from it.
var titles = set(`président présidente président-élu vice-président vice-présidente premier-ministre
	ministre vice-ministre secrétaire porte-parole homologue ambassadeur ambassadrice envoyé envoyée
	chef cheffe directeur directrice dirigeant dirigeante leader général générale colonel capitaine
	lieutenant caporal sergent commandant amiral maréchal major adjudant soldat
	roi reine prince princesse pape cardinal archevêque évêque abbé père sœur frère
	sénateur sénatrice député députée maire gouverneur juge procureur avocat avocate
	entraîneur entraîneuse sélectionneur sélectionneuse attaquant attaquante défenseur milieu gardien gardienne
	joueur joueuse capitaine coéquipier coéquipière arbitre champion championne
	docteur professeur professeure chercheur chercheuse réalisateur réalisatrice acteur actrice chanteur chanteuse
	écrivain écrivaine auteur autrice journaliste photographe correspondant correspondante
	patron patronne fondateur fondatrice pdg présentateur présentatrice
	camarade citoyen citoyenne habitant habitante pêcheur agriculteur enseignant enseignante
	monsieur madame mademoiselle
	president vice-president minister secretary spokesman spokeswoman spokesperson counterpart ambassador envoy
	chief director head leader general colonel captain lieutenant corporal sergeant commander admiral
	king queen prince princess pope cardinal archbishop bishop father sister brother
	senator congressman congresswoman representative mayor governor judge prosecutor lawyer attorney
	coach manager striker midfielder defender goalkeeper player teammate referee champion
	doctor professor researcher director actor actress singer writer author journalist photographer correspondent
	economist analyst expert scientist economiste économiste analyste experte scientifique
	chairman chairwoman ceo founder anchor host comrade citizen resident fisherman farmer teacher
	mister madam prime premier chancellor
	presidente ministro ministra secretario secretaria portavoz embajador embajadora jefe jefa director directora
	entrenador seleccionador jugador jugadora alcalde alcaldesa gobernador gobernadora rey reina papa
	präsident präsidentin präsidenten minister ministerin ministers kanzler kanzlerin kanzlers sprecher sprecherin
	botschafter trainer spieler bürgermeister könig bundeskanzler bundeskanzlerin bundespräsident ministerpräsident
	außenminister außenministerin regierungschef regierungschefin
	presidente ministro portavoce ambasciatore allenatore giocatore sindaco
	porta-voz treinador jogador prefeito
	президент премьер-министр министр глава председатель губернатор мэр посол генерал полковник тренер игрок
	прем'єр-міністр міністр голова речник посол тренер гравець
	premierminister premierministerin ministerpräsidentin vorsitzende vorsitzender generalsekretär generalsekretärin
	chef chefin direktorin senatorin richter richterin staatsanwalt staatsanwältin kapitän stürmer torhüter spielerin trainerin
	regisseur regisseurin schauspieler schauspielerin sänger sängerin autorin journalistin korrespondentin expertin analystin
	professorin königin prinzessin papst oberst botschafterin gouverneurin landrat bürgermeisterin oberbürgermeister
	oberbürgermeisterin vizepräsident vizepräsidentin vizekanzler gründer gründerin geschäftsführer geschäftsführerin
	politiker politikerin abgeordnete abgeordneter abgeordneten anwalt anwältin oligarch oligarchen kandidat kandidatin
	experte expertin chefin leiter leiterin franzose französin spanier italiener
	vicepresidente vicepresidenta presidenta juez jueza fiscal senador senadora diputado diputada concejal concejala
	consejero consejera príncipe princesa líder delegado delegada gerente fundador fundadora periodista escritor escritora
	actriz cantante futbolista delantero portero centrocampista capitán piloto técnico comisario canciller
	expresidente expresidenta exministro exministra magistrado magistrada
	premier sindaca senatore senatrice deputato deputata segretario segretaria giudice procuratore procuratrice direttore
	direttrice fondatore capitano attaccante portiere centrocampista difensore pilota attore attrice scrittore scrittrice
	giornalista regina principe principessa cardinale vescovo ambasciatrice governatore cancelliere ex-presidente
	presidenta secretário secretária governador governadora senador senadora deputado deputada vereador vereadora juiz juíza
	procurador procuradora delegado delegada diretor diretora fundador fundadora capitão atacante goleiro zagueiro técnico
	piloto ator atriz cantor cantora escritor escritora jornalista rei rainha príncipe princesa cardeal bispo embaixador
	embaixadora chanceler pré-candidato pré-candidata
	presiden wakil menteri gubernur bupati walikota wali ketua kepala direktur sekretaris jenderal jubir dubes panglima
	camat lurah kades kabid kasat kasatreskrim kanit kabag kasubag kapolresta kapolrestabes dandim danrem pangdam wakapolres
	wakapolda wabup wagub humas pol polisi
	kapolri kapolda kapolres kapolsek jaksa hakim anggota pelatih pemain raja ratu pangeran paus perdana analis pengamat
	ekonom dirut komisaris
	президента президентом премьер премьера министра министром главы главой председателя губернатора мэра посла
	генерала тренера игрока форвард форварда нападающий нападающего защитник вратарь судья судьи прокурор прокурора
	депутат депутата сенатор сенатора спикер спикера директор директора основатель журналист журналиста эксперт аналитик
	полковник полковника канцлер канцлера король короля королева принц
	прем'єр міністра голови губернатора мера генерала тренера гравця депутата суддя судді прокурора директора журналіст
	експерт аналітик канцлер
	vice deputy executive secretary-general managing
	justice pm machthaber alleinherrscher herrscher diktator staatschef staatschefin
	gov gov. sen. lt. datuk dato tun seri
	akp akbp kompol kombes brigjen irjen komjen ipda iptu aiptu bripka briptu kapten kolonel letjen mayjen laksamana`)

// personVerbs follow a person's name: "Poutine a déclaré", "Smith said".
var personVerbs = set(`said says told added stated declared explained noted insisted warned urged wrote
	déclare déclaré affirme affirmé ajoute ajouté explique expliqué estime estimé souligne souligné indique indiqué
	précise précisé dit annonce annoncé
	dijo afirmó declaró explicó sagte erklärte betonte disse dichiarato
	заявил сказал отметил заявив сказав зазначив`)

// placeBefore are the generic words that stand before a place's name and are
// not part of it: "province de Dong Nai", "rue Phung Hung", "col de Lo Xo".
var placeBefore = set(`province provinces commune communes ville villes district districts quartier quartiers
	village villages hameau hameaux bourg bourgs localité localités municipalité région régions
	département_de_l' canton cantons arrondissement arrondissements comté état_de
	rue rues avenue avenues boulevard boulevards route routes autoroute chemin place allée quai pont ponts
	rivière rivières fleuve fleuves lac lacs mer océan golfe baie île îles archipel presqu'île péninsule
	mont monts montagne montagnes massif col cols vallée plaine plateau colline désert forêt delta lagune cap détroit
	stade stades aéroport gare port station carrefour barrage
	palais pagode temple citadelle cathédrale mausolée parc plage grotte cascade canal marché pont
	palace pagoda citadel cathedral mausoleum park beach cave waterfall market
	capitale
	province city cities town towns district districts ward wards village villages hamlet commune communes
	county region state_of street streets road roads avenue boulevard highway
	river rivers lake sea ocean gulf bay island islands mount mountain mountains pass valley
	stadium airport port station bridge
	provincia ciudad municipio barrio calle avenida río lago isla monte estadio región departamento
	provinz stadt gemeinde bezirk dorf straße fluss see insel berg stadion region
	città comune villaggio via fiume isola monte stadio regione
	cidade município bairro rua rio ilha estádio região
	tỉnh huyện xã phường quận thôn làng sông đèo đường phố
	provinsi kabupaten kota kecamatan desa kelurahan jalan jl. gunung pulau sungai danau selat teluk pantai
	dusun kampung nagari`)

// vietPlaceBefore are Vietnamese generic place words that mark a place only
// written in lowercase before it ("núi Đá Cao", "chợ Kim Biên"): with a
// capital they begin names ("Hồ Văn Trung", "Chợ Rẫy", "Núi Thành").
var vietPlaceBefore = set(`núi đảo hồ chợ bản ấp vùng miền đền chùa cầu cảng`)

// placeAfter are generic words that follow a place's name in English and the
// like: "Da Nang City", "Lo Xo Pass", "Phan Trung Street".
var placeAfter = set(`city province district ward commune town village hamlet county street st. road avenue
	boulevard highway river lake pass mountain mount island islands bay sea ocean stadium airport bridge square zone
	region peninsula valley delta beach oblast krai straße strasse
	lane drive hill hills heights gardens canal reservoir forest desert plateau strait channel coast
	platz allee weg gasse brücke tal`)

// cyrillicPlaceStems begin the inflected forms of Russian and Ukrainian
// generic place words: "провинции", "провінцією", "містом", "комуну".
var cyrillicPlaceStems = []string{"провинц", "провінц", "област", "район", "город", "міст", "деревн", "сел",
	"коммун", "комун", "улиц", "вулиц", "перевал", "озер", "остров", "округ", "уезд", "повіт", "столиц",
	"стадион", "стадіон", "реки", "река", "річк", "ріка", "хутор", "посел", "квартал", "уезд", "курорт"}

// cyrillicOrgStems begin the inflected forms of Russian and Ukrainian
// generic organization words.
var cyrillicOrgStems = []string{"министерств", "міністерств", "комитет", "комітет", "агентств", "парти", "парті",
	"управлен", "управлін", "департамент", "университет", "університет", "больниц", "лікарн", "банк"}

// cyrillicVietSurnames are Vietnamese family names as Russian and Ukrainian
// write them: "Ле Чунг Тинь" is a person.
var cyrillicVietSurnames = set(`нгуен нгуєн чан ле фам хоанг хюинь фан ву во данг буй до хо нго зыонг зионг ли динь
	чинь чыонг доан као лам лыонг май ха`)

// placePrepositions before a name hint that it is a place: "à Moscou", "in Hanoi".
var placePrepositions = set(`à en in at near from to dans via vers depuis en_direction_de
	en desde hacia nach aus bei a em para в во из у з до під
	tại ở`)

// orgHeads begin an organization's name ("ministère de la Santé", "Comité
// populaire de ...", "Department of Education"). Lowercase heads need a name
// or a number to end the phrase; capitalized ones may end on a common noun.
var orgHeads = set(`ministère comité commission département agence autorité
	parti commandement poste hôpital clinique école collège lycée université
	académie institut banque société compagnie conseil assemblée tribunal cour fédération association
	syndicat fondation organisation office bureau direction garde brigade régiment division bataillon
	service inspection sûreté gendarmerie police armée marine centre
	ministry department committee commission agency authority party command hospital clinic school college university
	academy institute bank company corporation council assembly court federation association union
	foundation organization organisation office bureau directorate guard brigade regiment division battalion
	service police army navy center centre
	ministerio comité comisión agencia agência partido hospital escuela universidad banco consejo
	ministerium ausschuss partei krankenhaus schule universität bank rat
	ministero comitato partito ospedale scuola università banca consiglio
	ministério comitê partido hospital escola universidade banco conselho
	комитет министерство партия агентство больница университет совет управление департамент
	комітет міністерство партія агентство лікарня університет рада управління департамент
	суд суда суду судом суде сили силы служба службы службу служби поліція поліції поліцію полиция полиции полицию
	прокуратура прокуратуры прокуратури уряд уряду правительство правительства
	asamblea assemblea assembleia fuerza fuerzas forças forza forze juventud juventude buró frente fronte
	alianza aliança alleanza coalición coalizione coligação movimento mouvement consorcio consorzio jurisdicción
	secretaría instituto asociación iglesia policía guardia unidad tribunal audiencia fiscalía congreso senado
	presidencia junta ayuntamiento diputación generalitat fundación federación confederación sindicato cámara corte
	comisaría dirección servicio oficina ejército armada consejería delegación plataforma movimiento
	istituto associazione chiesa polizia tribunale procura camera senato fondazione federazione confederazione sindacato
	agenzia commissione dipartimento direzione servizio ufficio esercito marina aeronautica comando carabinieri
	secretaria associação igreja polícia guarda câmara assembleia fundação federação confederação sindicato comissão
	departamento coordenação diretoria delegacia serviço exército marinha comando prefeitura supremo
	bundesamt landratsamt amt gericht bundesgericht polizei verband stiftung verein institut akademie kommission behörde
	agentur bundesministerium bundesverfassungsgericht
	kementerian komisi badan dewan majelis mahkamah kepolisian polri polda polres partai yayasan lembaga bursa universitas
	institut pengadilan kejaksaan dinas direktorat pt cv perum persero
	pasukan tentara kantor perusahaan asosiasi ikatan himpunan persatuan serikat gerakan koalisi fraksi
	clb thpt thcs ubnd hđnd
	polsek polresta polrestabes pemkab pemkot pemprov dprd rsud bpbd kodim korem kodam lapas fakultas sekolah
	autoridad autorità autoridade colegio colégio collegio academia accademia organización organização organizzazione
	corporación corporação sociedad sociedade bourse bolsa borsa questura`)

// lowercaseOrgHeadsUnsafe are org heads too common as ordinary nouns to start
// an organization when written in lowercase ("la police de Hanoi", "le service").
var lowercaseOrgHeadsUnsafe = set(`autorité authority centre center police armée marine service office bureau direction cour union division
	garde assemblée organisation organization army navy union council court association company
	service guard school college`)

// orgAfter end an organization's capitalized name: "People's Committee",
// "CJ HK Entertainment", "3388 Films", "Bien Hoa Electricity".
var orgAfter = set(`committee ministry department agency party council commission company corporation corp corp.
	inc inc. ltd ltd. llc plc group holdings bank university college school hospital institute academy
	association federation union foundation organization organisation office court army police
	club fc entertainment films pictures studios studio media news press presse times post television tv radio
	center centre administration amt amts electronics display steel petroleum oil gas pharma capital securities insurance logistics
	construction chemicals foods beverages shipping motor
	airlines airways electricity energy telecom railways motors industries agentur agency agence agencia
	sa s.a. ag gmbh spa s.p.a.
	рада рады раду раде суд суда суде дума думы думу
	ministerium gericht behörde verband partei konzern gesellschaft stiftung verein institut
	kommission ausschuss polizei akademie universität bündnis fraktion zeitung
	assembly bureau consulting consultants advisers advisors partners rating ratings firm authority forces guard
	network alliance coalition front movement society board trust fund chamber parliament secretariat cabinet
	s.l. s.r.l. ltda tbk navy
	government affairs force defense defence corps marines`)

// orgBefore are common nouns that stand before an organization's own name:
// "le groupe Vingroup", "l'éditeur CJ HK Entertainment", "the carrier Vietjet".
var orgBefore = set(`groupe société entreprise compagnie firme constructeur opérateur éditeur distributeur géant
	chaîne journal quotidien hebdomadaire magazine média club banque assureur transporteur agence parti
	company firm group carrier operator newspaper broadcaster outlet publisher distributor maker manufacturer
	giant club bank insurer airline agency party news_agency ong ngo
	empresa compañía grupo periódico diario agencia partido agentur partei agenzia agência unternehmen konzern zeitung azienda società gruppo giornale
	empresa companhia jornal компания группа газета компанія група агентство партия партія
	pasukan perusahaan tentara`)

// vietSurnames are the commonest Vietnamese family names, which begin most
// Vietnamese personal names.
var vietSurnames = set(`nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong
	doan dao cao lam luong mai ta ha kieu luu quach chu thai ton khuat`)

// nameParticles stand inside surnames: "von der Leyen", "da Silva", "bin Salman".
var nameParticles = set(`von van ter zu bin ibn al el da dos das di della del`)

// orgAfterLower follow an organization's name in lowercase: "Tuoi Tre newspaper".
var orgAfterLower = set(`newspaper daily magazine broadcaster company group corporation club party agency
	bank airline carrier outlet channel network`)

// eventHeads start names that are not actors: competitions, festivals.
var eventHeads = set(`coupe cup games jeux championnat championship championships ligue league tournoi tournament
	festival expo exposition olympiques olympics olympic mondial sommet summit forum conférence conference
	prix grand_prix copa mundial campeonato weltmeisterschaft meisterschaft coppa campionato
	guerre war révolution revolution accords traité treaty marathon biennale amendment`)

// notNames are capitalized words that are never an actor on their own:
// common nouns written with a capital, holidays, months and days.
var notNames = set(`état etat états etats gouvernement government président president présidente premier ministre
	state states assemblée assembly nation nations république republic royaume kingdom
	dieu god église church armée army centre center nord sud est ouest north south east west
	nord-est nord-ouest sud-est sud-ouest
	têt tet noël pâques ramadan christmas easter
	gmt utc gdp pib fdi ide cpi ipc vat tva ceo pdg internet web covid covid-19 coronavirus photo vidéo video ảnh source
	wib wita wit
	usd eur vnd rub uah idr gbp jpy cny chf brl inr krw dna adn rna arn sars mers hiv aids gmo ogm ong ngo
	janvier février mars avril mai juin juillet août septembre octobre novembre décembre
	january february march april june july august september october november december
	lundi mardi mercredi jeudi vendredi samedi dimanche
	monday tuesday wednesday thursday friday saturday sunday
	enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
	lunes martes miércoles jueves viernes sábado domingo
	januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
	gennaio febbraio aprile maggio giugno luglio settembre ottobre novembre dicembre
	lunedì martedì mercoledì giovedì venerdì sabato domenica
	janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
	segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado
	januari februari maret mei juni juli agustus oktober desember senin selasa rabu kamis jumat sabtu minggu
	января февраля марта апреля мая июня июля августа сентября октября ноября декабря
	понедельник вторник среда четверг пятница суббота воскресенье`)

// calendar words are also personal names ("Mai Duc Chung"): a run is only
// cut at one when it stands alone.
var calendar = set(`mai may juin june avril april août august`)

// notNameKeys are capitalized phrases that are not actors, as folded keys;
// folded on first use, as the fold table is built then.
var notNameKeys = sync.OnceValue(func() map[string]bool {
	return foldSet(`nouvel_an new_year premier_ministre prime_minister
	coupe_du_monde world_cup`)
})

// functionWords are the capitalized words that begin sentences without
// being names: articles, pronouns, prepositions, conjunctions, adverbs.
var functionWords = set(`à le la les l' un une des du de d' au aux outre hors parce lorsque puisque tandis
	quant voire soit sinon dès_lors ce cet cette ces il elle ils elles on nous vous je tu
	son sa ses leur leurs mon ma mes notre nos votre vos qui que quoi dont où quand comme si mais ou et donc or ni car
	dans sur sous avec sans pour par entre vers chez contre depuis pendant avant après selon malgré lors dès
	cependant toutefois pourtant néanmoins ainsi alors aussi aujourd'hui hier demain enfin encore déjà toujours
	plus moins très bien tout tous toute toutes chaque plusieurs certains certaines quelques aucun aucune autre autres
	même mêmes tel telle tels telles ici là voici voilà oui non grâce face suite afin auparavant désormais
	parmi environ près loin puis ensuite d'abord surtout notamment également seulement
	est sont était étaient sera seront ont avait avaient été fait font peut peuvent doit doivent va vont a
	the a an this that these those it its he she they we you i his her their our my your who what which when where
	why how if but or and so yet for nor in on at by with without from to of into onto over under about after
	before during since until while among amid according as than then there here also however meanwhile moreover
	furthermore previously recently today yesterday tomorrow now all some many several most more less each every
	both either neither no not other another such one two three first last next
	el la los las lo un una unos unas del al y o pero en con sin por para entre según desde hasta sobre este esta
	der die das den dem des ein eine einer eines einem und oder aber mit ohne für von zu im am vom zum zur auf aus an
	bei nach über unter vor seit laut es er sie wir ihr beide alle viele einige diese dieser dieses jede jeder man
	sein seine ihre unser wie als wenn dass auch noch nur schon sehr heute gestern morgen dabei damit
	il lo gli le uno una dei degli delle della dello nel nella con per tra fra su da di e ma secondo
	o os as um uma uns umas do da dos das no na nos nas pelo pela com sem segundo e mas
	в во на с со к ко по за из от до у о об и а но что как это этот эта эти он она они мы
	в на з із до по за від у та і й але що як це цей ця ці він вона вони ми
	se su sus que como cuando también tras ante durante mientras nada todo todos cada otro otra otros
	pero sino aunque porque donde ya aún además así hoy ayer mañana sin embargo
	il i gli quando anche dopo prima durante mentre ogni altro altra altri perché dove già oggi ieri domani così
	não também após antes durante enquanto cada outro outra outros porque onde já hoje ontem amanhã assim
	di ke dari yang dan untuk pada dengan ini itu akan oleh atau hingga sampai tak tidak apa juga saat sejak bagi
	karena namun tetapi serta dalam antara menurut kata ujar tersebut para sebelumnya selain bahwa meski meskipun
	sedangkan sementara kini baru telah sudah masih belum ada adalah ia dia mereka kami kita saya begini begitu
	dieser diese jedoch zudem außerdem deshalb trotzdem bereits inzwischen nun dann doch immer
	also there`)

// agencies are news agencies and outlets often cited as sources.
var knownOrgs = set(`twitter facebook youtube instagram tiktok telegram whatsapp linkedin netflix spotify
	afp reuters ap associated_press xinhua tass itar-tass ria ria_novosti interfax bloomberg cnn bbc
	al_jazeera kyodo yonhap efe ansa dpa upi vna vov ttxvn vovworld vietnamplus ukrinform sputnik rt
	new_york_times washington_post wall_street_journal financial_times guardian le_monde le_figaro libération
	onu nations_unies organisation_des_nations_unies un united_nations otan nato ue union_européenne eu
	european_union commission_européenne european_commission asean oms who fmi imf banque_mondiale world_bank
	omc wto unesco unicef fao unhcr hcr aiea iaea fifa uefa afc cio ioc opep opec brics g7 g20 apec
	pentagone pentagon cia fbi nasa chine_nouvelle xinhua agence_france-presse
	sénat senate congrès congress bundestag douma duma rada verkhovna_rada parlement_européen european_parliament
	unión_europea europäische_union unione_europea união_europeia евросоюз европейский_союз євросоюз європейський_союз
	naciones_unidas vereinte_nationen nazioni_unite nações_unidas оон ооне оонн
	world_bank asian_development_bank banque_asiatique_de_développement adb bad
	houthis houthi hamas hezbollah taliban talibans daech isis état_islamique
	samsung lg apple google alphabet microsoft meta facebook amazon tesla toyota honda hyundai kia nissan boeing airbus
	foxconn intel nvidia qualcomm huawei xiaomi sony panasonic canon siemens bosch volkswagen bmw mercedes-benz
	nestlé unilever coca-cola pepsico mcdonald's starbucks uber grab shopee lazada tiktok bytedance alibaba tencent
	openai spacex gazprom rosneft rosatom aeroflot sberbank lufthansa vale embraer petrobras
	vingroup vinfast vinamilk viettel vnpt fpt petrolimex petrovietnam pvn evn vietjet bamboo_airways vietnam_airlines
	sabeco habeco masan hoa_phat vietcombank vietinbank bidv agribank techcombank mb_bank acb sacombank
	parti_communiste_vietnamien pcv communist_party_of_vietnam
	croix-rouge red_cross`)

// lowercaseOrgs are organizations that texts also write in lowercase.
var lowercaseOrgs = set(`houthis houthi talibans taliban hamas hezbollah`)

// regions are places that are neither countries nor cities, and the
// Vietnamese names of foreign seas, regions and capitals ("Bình Nhưỡng",
// "Liên Xô"), which no gazetteer gives.
var regions = set(`moyen-orient proche-orient extrême-orient middle_east near_east far_east asie europe afrique
	amérique amériques océanie antarctique arctique asia africa america americas oceania antarctica arctic
	asie_du_sud-est southeast_asia asie_centrale central_asia europe_de_l'est eastern_europe balkans caucase caucasus
	sahel maghreb golfe_persique persian_gulf mer_de_chine_méridionale south_china_sea mer_noire black_sea
	méditerranée mediterranean cisjordanie west_bank gaza bande_de_gaza gaza_strip crimée crimea donbass donbas
	sibérie siberia scandinavie scandinavia indochine indochina
	kremlin kremlin кремль кремле élysée maison_blanche white_house casa_blanca weißes_haus casa_bianca белый_дом
	ásia europa áfrica américa oriente_medio oriente_médio medio_oriente naher_osten nahost
	ближний_восток европа азия африка америка близький_схід європа
	liên_xô biển_đông thái_bình_dương đại_tây_dương ấn_độ_dương bắc_băng_dương đông_nam_á trung_đông châu_âu
	châu_á châu_phi châu_mỹ nam_mỹ bắc_mỹ đông_á bắc_kinh thượng_hải bình_nhưỡng mát-xcơ-va oa-sinh-tơn
	luân_đôn pa-ri béc-lin tô-ky-ô xơ-un hồng_kông đài_loan
	asien afrika nordamerika südamerika lateinamerika mittelamerika ozeanien antarktis arktis südostasien zentralasien
	osteuropa westeuropa nahost mittlerer_osten westjordanland gazastreifen golf_von_mexiko
	north_america south_america latin_america central_america sub-saharan_africa horn_of_africa gulf_of_mexico
	amérique_du_nord amérique_du_sud amérique_latine amérique_centrale afrique_subsaharienne corne_de_l'afrique
	europe_du_sud europe_du_nord golfe_du_mexique
	norteamérica sudamérica suramérica latinoamérica américa_latina centroamérica oceanía cisjordania franja_de_gaza
	golfo_de_méxico
	nordamerica sudamerica america_latina centroamerica oceania cisgiordania striscia_di_gaza
	américa_do_norte américa_do_sul américa_latina oceania cisjordânia faixa_de_gaza
	северная_америка южная_америка латинская_америка океания центральная_азия юго-восточная_азия западный_берег сектор_газа
	північна_америка південна_америка латинська_америка`)

// creditWords introduce a credit in a caption: what follows is optional.
var creditWords = set(`photo photos ảnh foto fotos фото video vidéo vídeo source nguồn crédit credit credits
	illustration graphique`)

// listCueSkips may stand between a plural generic word and its list:
// "quartiers et communes suivants : Bao Vinh, ...".
var listCueSkips = set(`suivants suivantes suivant suivante following comme notamment including like such as tels telles`)

// listArticles may follow a conjunction in a list: "Siemens und die Deutsche Bank".
var listArticles = set(`la le les l the die der das el los las il lo o a os as`)

// listJoins join the items of a list.
var listJoins = set(`et and y e und i и та і ou or o oder ili или або`)
