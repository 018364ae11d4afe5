package fold

// variantGroups are names that news outlets transliterate in several
// ways: every spelling in a group is the same name. Keep it small and
// general: places and people that recur across international news, and
// the Ukrainian and Russian forms of common given names (the Kyiv
// Independent's Oleksiy is TASS's Alexei), not one corpus's names.
var variantGroups = [][]string{
	{"kyiv", "kiev"},
	{"odesa", "odessa"},
	{"kharkiv", "kharkov"},
	{"luhansk", "lugansk"},
	{"mykolaiv", "nikolaev", "nikolayev"},
	{"zaporizhzhia", "zaporizhia", "zaporozhye"},
	{"dnipro", "dnepr"},
	{"lviv", "lvov"},
	{"chernihiv", "chernigov"},
	{"gaddafi", "qaddafi", "gadhafi", "kadafi", "qadhafi", "kadhafi", "khadafy"},
	{"zelensky", "zelenskyy", "zelenskiy", "zelenskii"},
	{"shoigu", "shoygu"},
	{"tertitskiy", "tertitsky"},
	{"pyongyang", "pjongjang"},
	{"beijing", "peking"},
	{"mumbai", "bombay"},
	{"myanmar", "burma"},
	{"tbilisi", "tiflis"},
	// Places whose English name changed or that agencies transliterate
	// their own way ("Ulan Bator", typed as two words, is read run
	// together by search).
	{"ulaanbaatar", "ulanbator", "ulaanbator"},
	{"yangon", "rangoon"},
	{"chennai", "madras"},
	{"kolkata", "calcutta"},
	{"bengaluru", "bangalore"},
	{"chisinau", "kishinev"},
	{"tehran", "teheran"},
	{"chattogram", "chittagong"},
	{"eswatini", "swaziland"},
	// Turkey's own name, which its agencies and some others write.
	{"turkiye", "turkey"},
	{"nanjing", "nanking"},
	{"chongqing", "chungking"},
	{"sichuan", "szechuan", "szechwan"},
	{"uyghur", "uighur", "uygur"},
	// Malay's "new" in place names, which outlets spell as the place
	// does or not: Johor Bahru or Johor Baru, Kota Bharu or Kota Baru.
	{"baru", "bahru", "bharu"},
	{"houthi", "huthi", "houthis", "huthis"},
	{"hezbollah", "hizbollah", "hizbullah", "hizballah"},
	{"assad", "asad"},
	{"muhammad", "mohammed", "mohammad", "muhammed", "mohamed", "mohamad"},
	{"hussein", "husayn", "hussain"},
	{"yeltsin", "eltsin"},
	{"khrushchev", "khrushchyov"},
	{"gorbachev", "gorbachyov"},
	{"navalny", "navalnyy"},
	{"medvedev", "medvedyev"},
	// Given names, Ukrainian then Russian forms.
	{"oleksiy", "oleksii", "alexei", "aleksei", "alexey", "aleksey"},
	{"oleksandr", "olexander", "aleksandr", "alexander", "alexandr"},
	{"volodymyr", "vladimir"},
	{"andriy", "andrii", "andrei", "andrey"},
	{"serhiy", "serhii", "sergei", "sergey"},
	{"mykola", "nikolai", "nikolay"},
	{"dmytro", "dmitry", "dmitri", "dmitriy"},
	{"mykhailo", "mikhail"},
	{"yuriy", "yurii", "yuri", "yury"},
	{"vitaliy", "vitalii", "vitaly"},
	{"yevhen", "yevgeny", "evgeny", "yevgeniy"},
	{"oleh", "oleg"},
	{"ihor", "igor"},
	{"petro", "pyotr", "petr"},
	{"hryhoriy", "grigory", "grigoriy"},
	{"vasyl", "vasily", "vasiliy"},
	{"anatoliy", "anatolii", "anatoly"},
	{"valeriy", "valerii", "valery"},
	{"tetiana", "tetyana", "tatiana", "tatyana"},
	{"olena", "elena", "yelena"},
	{"nataliya", "natalia", "natalya"},
	{"iryna", "irina"},
	{"yuliya", "yulia", "yuliia"},
}

// variantIndex maps each spelling to the others of its group, and to the
// group's first spelling.
var variantIndex, variantFirst = func() (map[string][]string, map[string]string) {
	others, first := map[string][]string{}, map[string]string{}
	for _, g := range variantGroups {
		for _, w := range g {
			first[w] = g[0]
			for _, v := range g {
				if v != w {
					others[w] = append(others[w], v)
				}
			}
		}
	}
	return others, first
}()

// Transliterations returns the other spellings of the folded word w that
// outlets write for the same name ("kiev" for "kyiv"), or nil.
func Transliterations(w string) []string { return variantIndex[w] }

// FirstSpelling returns the first spelling of w's group ("kyiv" for
// "kiev"), or w itself when it has no other.
func FirstSpelling(w string) string {
	if f, ok := variantFirst[w]; ok {
		return f
	}
	return w
}
