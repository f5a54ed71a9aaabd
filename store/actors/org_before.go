package actors

// moreOrgBefore are common nouns naming a kind of body that stand, in
// lowercase, right before a body's own name ("la concessionária Enel",
// "le tabloïd Blesk", "the carmaker Proton", "издание «Медуза»"), in the
// languages kiosk reads; they join lexicon.go's orgBefore. German writes
// them with a capital, and they are left to its compounds. A name after
// one is a body whatever else it looks like.
var moreOrgBefore = set(`tabloïd hebdo mensuel syndicat fondation association laboratoire réseau plateforme
	enseigne fabricant équipementier concessionnaire fournisseur prestataire assureur start-up
	tabloid website network union startup start-up lender retailer regulator watchdog nonprofit charity
	think-tank consultancy conglomerate automaker carmaker chipmaker supplier subsidiary affiliate broadcaster
	red cadena semanario revista emisora portal aerolínea aseguradora constructora distribuidora petrolera
	operadora firma multinacional consultora sindicato fundación asociación banco farmacéutica concesionaria
	testata quotidiano settimanale rivista emittente compagnia banca sindacato fondazione associazione colosso
	multinazionale operatore concessionaria
	concessionária emissora rede revista portal construtora operadora distribuidora petroleira mineradora
	seguradora montadora banco sindicato fundação associação estatal varejista
	издание телеканал журнал холдинг концерн банк корпорация профсоюз фонд ассоциация производитель оператор
	видання телеканал журнал холдинг концерн банк корпорація профспілка фонд асоціація виробник
	harian koran majalah situs maskapai produsen pabrikan emiten
	hãng tờ đài`)

func init() {
	for w := range moreOrgBefore {
		orgBefore[w] = true
	}
}

// moreOrgAfter are English generic words that end a body's name ("National
// Weather Service", "Financial Conduct Authority", "Federal Reserve
// Board"); they join lexicon.go's orgAfter.
var moreOrgAfter = set(`service services authority bureau board secretariat directorate alliance coalition
	movement assembly tribunal guard navy network fund chamber parliament senate congress society trust`)

func init() {
	for w := range moreOrgAfter {
		orgAfter[w] = true
	}
}
