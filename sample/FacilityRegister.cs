using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

/// <summary>
/// The national register of the sample: at scale 1, 78 institutions — 16 pre-trial detention
/// centres, 58 colonies of every security level (6 of them for women), one juvenile colony, two TB
/// hospitals and one prison — spread over the 20 regions. Over the period one facility changes
/// capacity, one changes security level and one closes.
/// </summary>
public static class FacilityRegister
{
    private sealed record Template(string Type, string Security, string Sex, int MinCapacity, int MaxCapacity);

    // Two-letter series per region, in the style of the system's institution codes (ЕЦ-166/1).
    private static readonly Dictionary<string, string> Series = new()
    {
        ["KZ-10"] = "ОА",
        ["KZ-11"] = "ЕЦ",
        ["KZ-15"] = "ГМ",
        ["KZ-19"] = "ЛА",
        ["KZ-23"] = "АТ",
        ["KZ-27"] = "ОР",
        ["KZ-31"] = "ЖД",
        ["KZ-33"] = "ЖТ",
        ["KZ-35"] = "АК",
        ["KZ-39"] = "КТ",
        ["KZ-43"] = "КЗ",
        ["KZ-47"] = "МН",
        ["KZ-55"] = "АП",
        ["KZ-59"] = "СК",
        ["KZ-61"] = "ТР",
        ["KZ-62"] = "УЛ",
        ["KZ-63"] = "ОВ",
        ["KZ-71"] = "АС",
        ["KZ-75"] = "АЛ",
        ["KZ-79"] = "ШМ",
    };

    // Where colonies historically concentrate (the Karaganda, Akmola, Pavlodar, East Kazakhstan camps).
    private static readonly Dictionary<string, double> ColonyWeight = new()
    {
        ["KZ-35"] = 4,
        ["KZ-11"] = 3,
        ["KZ-55"] = 3,
        ["KZ-63"] = 3,
        ["KZ-39"] = 2.5,
        ["KZ-15"] = 2,
        ["KZ-19"] = 2,
        ["KZ-31"] = 2,
        ["KZ-61"] = 2,
        ["KZ-59"] = 2,
        ["KZ-27"] = 1.5,
        ["KZ-43"] = 1.5,
        ["KZ-10"] = 1.5,
        ["KZ-33"] = 1,
        ["KZ-23"] = 1,
        ["KZ-47"] = 1,
        ["KZ-62"] = 1,
        ["KZ-71"] = 1,
        ["KZ-75"] = 1,
        ["KZ-79"] = 1,
    };

    private static readonly string[] RegionsWithoutSizo = ["KZ-62", "KZ-33", "KZ-10", "KZ-79"];

    private static List<Template> Composition()
    {
        var list = new List<Template>();
        list.AddRange(Enumerable.Repeat(new Template("sizo", "none", "X", 300, 800), 16));
        list.AddRange(Enumerable.Repeat(new Template("colony", "minimum", "M", 250, 650), 13));
        list.AddRange(Enumerable.Repeat(new Template("colony", "medium", "M", 450, 1100), 21));
        list.AddRange(Enumerable.Repeat(new Template("colony", "maximum", "M", 350, 1000), 12));
        list.AddRange(Enumerable.Repeat(new Template("colony", "extraordinary", "M", 200, 400), 2));
        list.AddRange(Enumerable.Repeat(new Template("colony", "mixed", "M", 300, 650), 3));
        list.AddRange(Enumerable.Repeat(new Template("colony", "minimum", "F", 150, 450), 3));
        list.AddRange(Enumerable.Repeat(new Template("colony", "medium", "F", 300, 650), 3));
        list.Add(new Template("colony", "medium", "M", 1200, 1500));
        list.Add(new Template("juvenile", "medium", "M", 150, 200));
        list.AddRange(Enumerable.Repeat(new Template("medical", "mixed", "M", 250, 500), 2));
        list.Add(new Template("prison", "full", "M", 450, 650));
        return list; // 78
    }

    public static IReadOnlyList<SampleFacility> Build(int seed, int scale, YearMonth from, YearMonth to)
    {
        var regions = CsvText.Parse(SqlResources.Read("seeds/regions.csv"))
            .ToDictionary(r => r["region_code"], r => (Department: r["department_code"], NameKk: r["name_kk"]));
        var regionCodes = regions.Keys.Order(StringComparer.Ordinal).ToList();
        var sizoRegions = regionCodes.Except(RegionsWithoutSizo).ToList();
        var perRegion = regionCodes.ToDictionary(r => r, _ => 0);
        var facilities = new List<SampleFacility>();

        for (var replica = 0; replica < scale; replica++)
        {
            var random = SampleRandom.For(seed, "register", replica);
            var templates = Composition();
            var unserved = new Queue<string>(regionCodes.Where(r => !sizoRegions.Contains(r)));
            var sizoIndex = 0;
            foreach (var template in templates)
            {
                string region;
                if (template.Type == "sizo")
                    region = sizoRegions[sizoIndex++ % sizoRegions.Count];
                else if (unserved.Count > 0 && template.Type == "colony")
                    region = unserved.Dequeue(); // every region has at least one institution
                else
                    region = regionCodes[random.Weighted(regionCodes.Select(r => ColonyWeight[r]).ToList())];
                facilities.Add(Create(random, template, region, regions[region], ++perRegion[region], facilities.Count));
            }
        }

        PlanChanges(facilities, seed, from, to);
        return facilities;
    }

    private static SampleFacility Create(SampleRandom random, Template t, string region, (string Department, string NameKk) regionInfo, int number, int index)
    {
        var series = Series[region];
        var code = $"{series}-{150 + int.Parse(region[3..], System.Globalization.CultureInfo.InvariantCulture)}/{number}";
        var (kk, ru, en) = t.Type switch
        {
            "sizo" => ("тергеу изоляторы", "Следственный изолятор", "Pre-trial detention centre"),
            "juvenile" => ("кәмелетке толмағандарға арналған түзеу мекемесі", "Учреждение для несовершеннолетних", "Juvenile facility"),
            "medical" => ("туберкулезбен ауыратындарға арналған емдеу мекемесі", "Лечебное учреждение для больных туберкулёзом", "TB treatment facility"),
            "prison" => ("түрме", "Тюрьма", "Prison"),
            _ => t.Sex == "F"
                ? ("әйелдерге арналған түзеу мекемесі", "Исправительное учреждение для женщин", "Women's correctional colony")
                : ("түзеу мекемесі", "Исправительное учреждение", "Correctional colony"),
        };
        var occupancy = t.Type == "juvenile" ? random.Uniform(0.2, 0.3)
            : random.Chance(0.1) ? random.Uniform(1.2, 1.35)
            : random.Uniform(0.62, 0.98);
        return new SampleFacility
        {
            Index = index,
            Code = code,
            NameKk = $"{code} {kk}",
            NameRu = $"{ru} {code}",
            NameEn = $"{en} {code}",
            Type = t.Type,
            Sex = t.Sex,
            RegionCode = region,
            DepartmentCode = regionInfo.Department,
            OpenedOn = new DateOnly(random.Between(1950, 2012), random.Between(1, 12), 1),
            InitialCapacity = (int)Math.Round(random.Between(t.MinCapacity, t.MaxCapacity) / 10.0) * 10,
            InitialSecurity = t.Security,
            Occupancy = occupancy,
            PretrialShare = t.Type == "sizo" ? random.Uniform(0.68, 0.82) : t.Type == "colony" ? random.Uniform(0.0, 0.02) : 0,
            ForeignShare = random.Uniform(0.02, 0.06),
            JuvenilesHeld = t.Type == "sizo" ? random.Between(0, 2) : 0,
            Branch = t.Type == "colony" ? $"«Еңбек-{regionInfo.NameKk.Replace(" облысы", "").Replace(" қаласы", "").Replace(" қ.", "")}» филиалы" : null,
        };
    }

    private static void PlanChanges(List<SampleFacility> facilities, int seed, YearMonth from, YearMonth to)
    {
        var months = from.MonthsUntil(to);
        if (months < 3)
            return;
        var random = SampleRandom.For(seed, "changes");
        var colonies = facilities.Where(f => f.Type == "colony" && f.Sex == "M").ToList();
        var resized = colonies[random.Between(0, colonies.Count - 1)];
        resized.Changes.Add(new FacilityChange(from.AddMonths(months / 3).First, Capacity: resized.InitialCapacity + 200));
        var regraded = colonies.First(f => f != resized && f.InitialSecurity == "medium");
        regraded.Changes.Add(new FacilityChange(from.AddMonths(months / 2).First, SecurityLevel: "minimum"));
        var closing = colonies.Last(f => f != resized && f != regraded && f.InitialSecurity == "minimum");
        closing.Changes.Add(new FacilityChange(from.AddMonths(2 * months / 3).First, Closes: true));
    }
}
