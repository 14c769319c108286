namespace DomainKit.Synthetic;

/// <summary>
/// The words synthetic names are built from: given names and surnames of the region's languages in Latin,
/// Cyrillic (Russian, Tajik), Arabic script (Dari/Pashto) and accented Latin, places, and organisation words.
/// </summary>
internal static class NameBank
{
    public static readonly NamePart[] LatinGivenNames =
    [
        "Ahmad", "Zabihullah", "Suhail", "Khasan", "Abdul", "Mohammad", "Farida", "Malalai", "Nargis", "Rustam",
        "Timur", "Dilnoza", "Bakhtiyor", "Sardor", "Gulbuddin", "Hamid", "Ashraf", "Amrullah", "Fawzia", "Habiba",
        "Sima", "John", "Anthony", "Maria", "Laura", "Peter", "Daniel", "Ned", "Karen", "Michael",
        "Sarah", "Kamila", "Javid", "Shukria", "Yalda", "Omar", "Bilal", "Wahid", "Nilufar", "Aziz",
    ];

    public static readonly NamePart[] LatinSurnames =
    [
        "Karimi", "Ahmadzai", "Mujahid", "Shaheen", "Sultonov", "Haqqani", "Yusufzai", "Popal", "Wardak", "Stanekzai",
        "Barakzai", "Noorzai", "Durrani", "Nazari", "Rahimov", "Karimov", "Saidov", "Mirzoev", "Tursunov", "Abdulloev",
        "Blinken", "Price", "Miller", "Austin", "Harris", "Walker", "Bennett", "Morgan", "Kabulov", "Khalilzad",
        "Saleh", "Atmar", "Hanif", "Omari", "Muttaqi", "Samadi", "Hotak", "Safi", "Jalali", "Rasuli",
        "Ergashev", "Umarov", "Tashkentov", "Fitzgerald", "Anderson", "Thompson", "Wilson", "Mansoor", "Sadat", "Amiri",
    ];

    /// <summary>Native-script name sets: (given names, surnames). Roughly one actor in five is named from these.</summary>
    public static readonly (NamePart[] Given, NamePart[] Surnames)[] NativeNameSets =
    [
        // Russian (Cyrillic)
        ([new("Сергей", "Sergei"), new("Дмитрий", "Dmitry"), new("Ольга", "Olga"), new("Ирина", "Irina"), new("Мария", "Mariya"),
          new("Алексей", "Alexei"), new("Николай", "Nikolai"), new("Андрей", "Andrei"), new("Татьяна", "Tatyana"), new("Замир", "Zamir"),
          new("Владимир", "Vladimir"), new("Екатерина", "Yekaterina")],
         [new("Лавров", "Lavrov"), new("Кабулов", "Kabulova"), new("Захарова", "Zakharova"), new("Шойгу", "Shoigu"), new("Иванов", "Ivanov"),
          new("Петров", "Petrov"), new("Смирнов", "Smirnov"), new("Волков", "Volkov"), new("Соколов", "Sokolov"), new("Морозов", "Morozov"),
          new("Козлов", "Kozlov"), new("Новиков", "Novikov")]),
        // Tajik (Cyrillic with ӣ ӯ ҳ қ ғ ҷ)
        ([new("Эмомалӣ", "Emomali"), new("Сироҷиддин", "Sirojiddin"), new("Хусрав", "Khusrav"), new("Раҳматулло", "Rahmatullo"),
          new("Шоҳрух", "Shohrukh"), new("Мунира", "Munira"), new("Ҷамшед", "Jamshed"), new("Қурбон", "Qurbon"), new("Ғайрат", "Ghayrat"),
          new("Зарина", "Zarina"), new("Фирӯза", "Firuza"), new("Нозанин", "Nozanin")],
         [new("Раҳмон", "Rahmon"), new("Муҳриддин", "Muhriddin"), new("Султонзода", "Sultonzoda"), new("Қодиров", "Qodirov"),
          new("Ҳасанов", "Hasanov"), new("Ҷалолов", "Jalolov"), new("Ғафуров", "Gafurov"), new("Назаров", "Nazarov"), new("Шарифӣ", "Sharifi"),
          new("Юсуфӣ", "Yusufi"), new("Раҷабов", "Rajabov"), new("Бобоев", "Boboev")]),
        // Dari / Pashto (Arabic script)
        ([new("ذبیح‌الله", "Zabihulla"), new("محمد", "Muhammad"), new("عبدالغنی", "Abdulghani"), new("سهیل", "Sohail"), new("فریده", "Faridah"),
          new("ملالی", "Malalay"), new("امرالله", "Amrulla"), new("حامد", "Hamed"), new("احمد", "Ahmed"), new("نرگس", "Narges"),
          new("شکریه", "Shukriya"), new("یلدا", "Yaldah")],
         [new("مجاهد", "Mojahed"), new("شاهین", "Shahin"), new("برادر", "Baradar"), new("حقانی", "Haqani"), new("کریمی", "Karimy"),
          new("احمدزی", "Ahmadzay"), new("وردک", "Wardag"), new("پوپل", "Popalzai"), new("درانی", "Durani"), new("نظری", "Nazary"),
          new("صافی", "Safy"), new("هوتک", "Hotaki")]),
        // Accented Latin
        ([new("José", "Jose"), new("Zoë", "Zoe"), new("Jürgen", "Juergen"), new("Søren", "Soeren"), new("Łukasz", "Lukasz"),
          new("Gülnara", "Gulnara"), new("Émile", "Emile"), new("François", "Francois"), new("Ayşe", "Ayse"), new("Çağla", "Cagla"),
          new("Ingrid", "Ingrid"), new("Mehmet", "Mehmet")],
         [new("Müller", "Mueller"), new("Lefèvre", "Lefevre"), new("Ångström", "Angstrom"), new("Şahin", "Sahin"), new("Kılıç", "Kilic"),
          new("Dvořák", "Dvorak"), new("Núñez", "Nunez"), new("Øberg", "Oberg"), new("Wałęsa", "Walesa"), new("Côté", "Cote"),
          new("Özdemir", "Ozdemir"), new("Jäger", "Jaeger")]),
    ];

    /// <summary>Places, with their Russian, Tajik and Dari spellings for native-script organisation names.</summary>
    public static readonly (string Latin, string Russian, string Tajik, string Dari)[] Regions =
    [
        ("Badakhshan", "Бадахшан", "Бадахшон", "بدخشان"), ("Kunduz", "Кундуз", "Кундуз", "کندز"), ("Takhar", "Тахар", "Тахор", "تخار"),
        ("Balkh", "Балх", "Балх", "بلخ"), ("Herat", "Герат", "Ҳирот", "هرات"), ("Kandahar", "Кандагар", "Қандаҳор", "قندهار"),
        ("Kabul", "Кабул", "Кобул", "کابل"), ("Ghazni", "Газни", "Ғазнӣ", "غزنی"), ("Badghis", "Бадгис", "Бодғис", "بادغیس"),
        ("Faryab", "Фарьяб", "Форёб", "فاریاب"), ("Sughd", "Согд", "Суғд", "سغد"), ("Khatlon", "Хатлон", "Хатлон", "ختلان"),
        ("Dushanbe", "Душанбе", "Душанбе", "دوشنبه"), ("Khorog", "Хорог", "Хоруғ", "خاروغ"), ("Kulob", "Куляб", "Кӯлоб", "کولاب"),
        ("Termez", "Термез", "Тирмиз", "ترمذ"), ("Helmand", "Гильменд", "Ҳилманд", "هلمند"), ("Nangarhar", "Нангархар", "Нангарҳор", "ننگرهار"),
        ("Paktia", "Пактия", "Пактиё", "پکتیا"), ("Khost", "Хост", "Хост", "خوست"), ("Jawzjan", "Джаузджан", "Ҷавзҷон", "جوزجان"),
        ("Samangan", "Саманган", "Самангон", "سمنگان"), ("Baghlan", "Баглан", "Бағлон", "بغلان"), ("Parwan", "Парван", "Парвон", "پروان"),
        ("Panjshir", "Панджшер", "Панҷшер", "پنجشیر"), ("Bamyan", "Бамиан", "Бомиён", "بامیان"), ("Ghor", "Гор", "Ғур", "غور"),
        ("Farah", "Фарах", "Фараҳ", "فراه"), ("Nimruz", "Нимроз", "Нимрӯз", "نیمروز"), ("Ishkashim", "Ишкашим", "Ишкошим", "اشکاشم"),
    ];

    /// <summary>
    /// Syllables of made-up Central Asian place names (Latin, Russian Cyrillic, Dari script), so large corpora have
    /// thousands of distinct towns: prefix + link + suffix, e.g. Qarakala / Каракала / قره‌قلعه.
    /// </summary>
    public static readonly (string Latin, string Cyrillic, string Dari)[] TownPrefixes =
    [
        ("Qara", "Кара", "قره"), ("Dar", "Дар", "در"), ("Sang", "Санг", "سنگ"), ("Shah", "Шах", "شاه"), ("Kol", "Кол", "کل"),
        ("Bagh", "Баг", "باغ"), ("Char", "Чар", "چار"), ("Nav", "Нав", "نو"), ("Sar", "Сар", "سر"), ("Khan", "Хан", "خان"),
        ("Gul", "Гул", "گل"), ("Zar", "Зар", "زر"), ("Mir", "Мир", "میر"), ("Pul", "Пул", "پل"), ("Ab", "Аб", "آب"),
        ("Kuh", "Кух", "کوه"), ("Tal", "Тал", "تل"), ("Jar", "Джар", "جر"), ("Yang", "Янг", "ینگ"), ("Ak", "Ак", "آق"),
    ];

    public static readonly (string Latin, string Cyrillic, string Dari)[] TownLinks =
        [("", "", ""), ("a", "а", "ا"), ("i", "и", "ی"), ("o", "о", "و"), ("ak", "ак", "ک"), ("an", "ан", "ان"), ("ar", "ар", "ار"), ("ul", "ул", "ول"), ("ash", "аш", "اش"), ("in", "ин", "ین")];

    public static readonly (string Latin, string Cyrillic, string Dari)[] TownSuffixes =
    [
        ("abad", "абад", "آباد"), ("kala", "кала", "قلعه"), ("dara", "дара", "دره"), ("shahr", "шахр", "شهر"), ("bulak", "булак", "بلاق"),
        ("tepa", "тепа", "تپه"), ("gul", "гул", "گل"), ("sar", "сар", "سر"), ("zar", "зар", "زار"), ("kent", "кент", "کند"),
        ("ob", "об", "آب"), ("kot", "кот", "کوت"), ("ghar", "гар", "غار"), ("bagh", "баг", "باغ"), ("rud", "руд", "رود"),
    ];

    public static readonly string[] CountryPatterns =
    [
        "Republic of {0}", "{0} Emirate", "Kingdom of {0}", "Federal State of {0}", "{0} Khanate", "Principality of {0}",
        "Sultanate of {0}", "{0} Autonomous Region",
    ];

    public static readonly string[] LatinOnlyPlaces =
    [
        "Osh", "Batken", "Fergana", "Samarkand", "Bukhara", "Namangan", "Andijan", "Mazar-i-Sharif", "Darwaz", "Shir Khan Bandar",
        "Hairatan", "Tashkent", "Kunar", "Nuristan", "Laghman", "Kapisa", "Zabul", "Uruzgan", "Daykundi", "Logar",
    ];

    public static readonly string[] Fields =
    [
        "Defence", "Interior", "Foreign Affairs", "Refugees", "Border Affairs", "Health", "Education", "Finance", "Agriculture",
        "Water", "Energy", "Justice", "Transport", "Commerce", "Information", "Labour", "Mines", "Culture", "Trade", "Migration",
    ];

    public static readonly string[] CountryAdjectives =
    [
        "Afghan", "Tajik", "Uzbek", "Kyrgyz", "Russian", "Iranian", "Pakistani", "Chinese", "Turkmen", "Kazakh", "Indian",
        "Turkish", "Qatari", "British", "German", "French", "American",
    ];

    public static readonly string[] CountryCodes =
        ["AFG", "TJK", "UZB", "KGZ", "RUS", "IRN", "PAK", "CHN", "TKM", "KAZ", "IND", "TUR", "QAT", "GBR", "DEU", "FRA", "USA"];

    public static readonly string[] MediaNouns =
        ["Times", "Daily", "Herald", "Post", "Radio", "TV", "Tribune", "News Agency", "Gazette", "Voice", "Observer", "Courier", "Monitor", "Today", "Express"];

    public static readonly string[] GroupNouns =
    [
        "Displaced families", "Former interpreters", "Women activists", "Traders", "Elders", "Students", "Returnees",
        "Truck drivers", "Border villagers", "Former soldiers", "Journalists", "Farmers", "Refugees", "Health workers", "Teachers",
    ];

    public static readonly string[] NgoNouns =
        ["Relief Fund", "Aid Network", "Rights Watch", "Children's Trust", "Refugee Council", "Women's Forum", "Medical Aid", "Peace Initiative"];

    public static readonly string[] MilitaryUnits =
        ["Border Brigade", "Mountain Battalion", "Rifle Division", "Border Detachment", "Air Assault Brigade", "Motor Rifle Regiment"];

    public static readonly string[] ArmedGroupPatterns = ["{0} Front", "{0} Liberation Movement", "Islamic Movement of {0}", "{0} Resistance", "{0} Mujahideen"];

    public static readonly string[] Titles = ["President", "Minister", "General", "Spokesman", "Governor", "Ambassador", "Commander", "Senator", "Dr."];

    public static readonly string[] Roles =
        ["spokesperson", "minister", "governor", "deputy minister", "commander", "ambassador", "analyst", "head of delegation", "border official", ""];
}
