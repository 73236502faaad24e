using CorrAnalytics.Etl.Inbox;

namespace CorrAnalytics.Etl.Sources;

/// <summary>
/// How one CSV file kind is read and where it goes: its contract header, delimiter and encoding,
/// the raw table its text rows land in (columns in header order), the staging model that types
/// and checks them, and the fact (or dimension) they load into.
/// </summary>
public sealed record CsvSource(
    FileKind Kind,
    IReadOnlyList<string> Header,
    IReadOnlyList<string> RawColumns,
    char Delimiter,
    bool Windows1251,
    string Target,
    int OptionalTrailing = 0,
    IReadOnlyDictionary<string, CsvValue>? Values = null)
{
    /// <summary>The written form the contract gives a raw column's values (text unless said).</summary>
    public CsvValue ValueOf(string rawColumn) => Values?.GetValueOrDefault(rawColumn) ?? CsvValue.Text;

    /// <summary>The columns a file may leave out: the contract's last <see cref="OptionalTrailing"/>.</summary>
    public IReadOnlyList<string> Optional => Header.TakeLast(OptionalTrailing).ToList();

    public string RawTable => $"raw.{Kind.Code()}";

    /// <summary>The header line exactly as the contract writes it.</summary>
    public string HeaderLine => string.Join(Delimiter, Header);

    public System.Text.Encoding Encoding => Windows1251 ? Common.SourceFormats.Windows1251 : Common.SourceFormats.Utf8;

    public string StagingView => $"staging.stg_{Kind.Code()}";

    /// <summary>The raw column naming a row's facility.</summary>
    public const string FacilityColumn = "facility_code";

    /// <summary>The position of the field naming a row's facility; -1 for the one kind without (the product register).</summary>
    public int FacilityField => RawColumns.ToList().IndexOf(FacilityColumn);

    public bool NamesFacility => FacilityField >= 0;

    /// <summary>
    /// Whether a row's key may be claimed by another month's file (incident ids, payment documents:
    /// ID_TAKEN). A group of such a kind holds each slice once, so that its staging can tell which
    /// file claimed a key first.
    /// </summary>
    public bool KeysSpanFiles => Kind is FileKind.Incidents or FileKind.BudgetExec;

    private static CsvSource Utf8(FileKind kind, string header, string target, int optionalTrailing = 0, params (string Column, CsvValue Value)[] values) =>
        new(kind, header.Split(','), header.Split(','), ',', false, target, optionalTrailing, values.ToDictionary(v => v.Column, v => v.Value));

    private static CsvSource Accounting(FileKind kind, string header, string rawColumns, string target, params (string Column, CsvValue Value)[] values) =>
        new(kind, header.Split(';'), rawColumns.Split(','), ';', true, target, 0, values.ToDictionary(v => v.Column, v => v.Value));

    public static readonly IReadOnlyDictionary<FileKind, CsvSource> All = new[]
    {
        Utf8(FileKind.Facilities, "facility_code,name_kk,name_ru,facility_type,security_level,sex,region_code,department_code,capacity,opened_on,closed_on,name_en", "core.dim_facility", 1,
            ("opened_on", CsvValue.IsoDate), ("closed_on", CsvValue.IsoDate)),
        Utf8(FileKind.Products, "product_code,name_kk,name_ru,category,unit,name_en", "core.dim_product", 1),
        Utf8(FileKind.Population, "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners", "core.fact_population_daily", 0, ("date", CsvValue.IsoDate)),
        Utf8(FileKind.Movements, "facility_code,date,movement,count", "core.fact_movement", 0, ("date", CsvValue.IsoDate)),
        Utf8(FileKind.Incidents, "incident_id,facility_code,occurred_at,incident_type,persons", "core.fact_incident", 0, ("occurred_at", CsvValue.IsoTime)),
        Utf8(FileKind.Staffing, "facility_code,staff_category,posts_established,posts_filled", "core.fact_staffing"),
        Accounting(FileKind.BudgetPlan, "Код учреждения;Программа;Подпрограмма;Специфика;Источник;Период;Сумма",
            "facility_code,programme,subprogramme,specific,source,period,amount", "core.fact_budget_plan", ("amount", CsvValue.Amount)),
        Accounting(FileKind.BudgetExec, "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ",
            "date,facility_code,programme,subprogramme,specific,source,amount,document", "core.fact_payment",
            ("date", CsvValue.DayMonthYear), ("amount", CsvValue.Amount)),
    }.ToDictionary(s => s.Kind);
}
