using System.Text;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>
/// Every CSV kind loads as people save it: Excel's own CSV in a Russian locale, another column
/// order, an extra column, a trailing separator, a header in capitals: the same warehouse rows as
/// the contract file gives.
/// </summary>
public class CsvDialectTests
{
    /// <summary>A kind's contract file: its name, lines, delimiter, the columns holding dates (written ISO or dd.MM.yyyy) and the rows it loads.</summary>
    public sealed record ContractFile(string Name, string[] Lines, char Delimiter, string[] DateColumns, string Rows)
    {
        public bool Accounting => Delimiter == ';';

        public override string ToString() => Name;
    }

    public static TheoryData<ContractFile> Kinds() =>
    [
        new("facilities_20240101.csv", EtlHarness.RegisterLines(), ',', ["opened_on", "closed_on"],
            "select facility_code, name_ru, capacity, opened_on, closed_on, valid_from from core.dim_facility"),
        new("products_20240101.csv", ["product_code,name_kk,name_ru,category,unit", "GR-001,Жаңа атау,\"Новое, название\",garments,set", "GR-099,Жаңа өнім,Новый продукт,garments,pcs"], ',', [],
            "select product_code, name_kk, name_ru, category, unit from core.dim_product"),
        new("population_202401.csv", ["facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners",
            "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12", "АС-221/1,2024-01-02,600,100,500,40,2,30"], ',', ["date"],
            "select * exclude (batch_id) from core.fact_population_daily"),
        new("movements_202401.csv", ["facility_code,date,movement,count", "ЕЦ-166/1,2024-01-03,admission_court,4", "ЕЦ-166/1,2024-01-03,release_parole,2"], ',', ["date"],
            "select * exclude (batch_id) from core.fact_movement"),
        new("incidents_202401.csv", ["incident_id,facility_code,occurred_at,incident_type,persons", "INC-1,ЕЦ-166/2,2024-01-15T13:45,self_harm,1", "INC-2,АС-221/1,2024-01-31T23:59,group_disorder,12"], ',', ["occurred_at"],
            "select * exclude (batch_id) from core.fact_incident"),
        new("staffing_202401.csv", ["facility_code,staff_category,posts_established,posts_filled", "ЕЦ-166/1,custodial,90,81", "ЕЦ-166/1,medical,14,12"], ',', [],
            "select * exclude (batch_id) from core.fact_staffing"),
        new("budget_plan_2024.csv", ["Код учреждения;Программа;Подпрограмма;Специфика;Источник;Период;Сумма",
            "ЕЦ-166/1;010;100;141;РБ;01.2024;1234567,89", "ЕЦ-166/1;010;101;159;СД;02.2024;1000,5"], ';', [],
            "select * exclude (batch_id) from core.fact_budget_plan"),
        new("budget_exec_202401.csv", ["Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ",
            "15.01.2024;ЕЦ-166/1;010;100;141;РБ;600000,00;ПП-1", "16.01.2024;ЕЦ-166/1;010;100;141;РБ;-1500,25;ПП-2"], ';', ["Дата"],
            "select * exclude (batch_id) from core.fact_payment"),
    ];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Excel_saved_in_a_Russian_locale_loads_to_the_contract_rows(ContractFile file)
    {
        // UTF-8 kinds: ';', a BOM, CRLF and dates dd.MM.yyyy; the accounting kinds as Excel saves them in English: ',' and a decimal point.
        var table = Table(file);
        string[][] excel = file.Accounting
            ? [.. table.Select((row, i) => i == 0 ? row : row.Select((v, c) => Amount(table[0][c]) ? v.Replace(',', '.') : DateColumn(file, table[0][c]) ? IsoOf(v) : v).ToArray())]
            : [.. table.Select((row, i) => i == 0 ? row : row.Select((v, c) => DateColumn(file, table[0][c]) ? DayMonthYear(v) : v).ToArray())];
        var delimiter = file.Accounting ? ',' : ';';
        var text = string.Join("\r\n", excel.Select(r => string.Join(delimiter, r.Select(v => SourceFormats.CsvField(v, delimiter))))) + "\r\n";
        byte[] bytes = file.Accounting ? SourceFormats.Windows1251.GetBytes(text) : [0xEF, 0xBB, 0xBF, .. SourceFormats.Utf8.GetBytes(text)];

        var (notes, rows) = Load(file, bytes);
        Assert.Equal(Load(file, Encode(file, table)).Rows, rows);
        Assert.Contains($"separated by '{delimiter}'", notes);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Columns_in_another_order_with_a_capitalised_header_load_to_the_contract_rows(ContractFile file)
    {
        var table = Table(file);
        var reordered = table.Select((row, i) => row.Reverse().Select(v => i == 0 ? "  " + v.ToUpperInvariant() + " " : v).ToArray()).ToArray();

        var (notes, rows) = Load(file, Encode(file, reordered));
        Assert.Equal(Load(file, Encode(file, table)).Rows, rows);
        Assert.Contains("another order", notes);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_extra_column_is_ignored_and_named_in_the_batch_notes(ContractFile file)
    {
        var table = Table(file);
        var extra = table.Select((row, i) => row.Take(1).Append(i == 0 ? "Примечание" : $"note {i}, checked").Concat(row.Skip(1)).ToArray()).ToArray();

        var (notes, rows) = Load(file, Encode(file, extra));
        Assert.Equal(Load(file, Encode(file, table)).Rows, rows);
        Assert.Contains("extra column ignored: Примечание", notes);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_trailing_separator_on_every_line_loads_to_the_contract_rows(ContractFile file)
    {
        var table = Table(file);
        var trailing = table.Select(row => row.Append("").ToArray()).ToArray();

        var (notes, rows) = Load(file, Encode(file, trailing));
        Assert.Equal(Load(file, Encode(file, table)).Rows, rows);
        Assert.Equal("", notes);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_missing_required_column_refuses_the_file_naming_it(ContractFile file)
    {
        var table = Table(file);
        var missing = table[0][1];
        var without = table.Select(row => row.Where((_, c) => c != 1).ToArray()).ToArray();

        using var etl = Harness(file);
        etl.DropBytes(file.Name, Encode(file, without));
        var outcome = etl.Run().Files.Single(f => f.FileName == file.Name);
        Assert.Equal(FileStatus.Quarantined, outcome.Status);
        Assert.Contains($"the header has no column {missing};", outcome.Message);
    }

    private static string[][] Table(ContractFile file) => [.. file.Lines.Select(l => CorrAnalytics.Warehouse.Schema.CsvText.Split(l, file.Delimiter)[0].Fields.ToArray())];

    private static byte[] Encode(ContractFile file, string[][] table)
    {
        var text = string.Join("\n", table.Select(r => string.Join(file.Delimiter, r.Select(v => SourceFormats.CsvField(v, file.Delimiter))))) + "\n";
        return file.Accounting ? SourceFormats.Windows1251.GetBytes(text) : SourceFormats.Utf8.GetBytes(text);
    }

    private static bool DateColumn(ContractFile file, string header) => file.DateColumns.Contains(header);

    private static bool Amount(string header) => header == "Сумма";

    private static string DayMonthYear(string iso) =>
        iso.Length == 0 ? iso : $"{iso[8..10]}.{iso[5..7]}.{iso[..4]}" + (iso.Length > 10 ? " " + iso[11..] : "");

    private static string IsoOf(string dayMonthYear) => $"{dayMonthYear[6..10]}-{dayMonthYear[3..5]}-{dayMonthYear[..2]}";

    private static EtlHarness Harness(ContractFile file) =>
        file.Name.StartsWith("facilities_", StringComparison.Ordinal) || file.Name.StartsWith("products_", StringComparison.Ordinal) ? new EtlHarness() : new EtlHarness().Register();

    /// <summary>Loads the file beside the register and returns its batch's notes and the rows it gave, in a stable order.</summary>
    private static (string Notes, List<string> Rows) Load(ContractFile file, byte[] bytes)
    {
        using var etl = Harness(file);
        etl.DropBytes(file.Name, bytes);
        var outcome = etl.Run().Files.Single(f => f.FileName == file.Name);
        Assert.True(outcome.Status == FileStatus.Loaded, outcome.Message);
        Assert.Equal(0, outcome.Rejected);
        var rows = etl.Session.Query($"select cast(columns(*) as varchar) from ({file.Rows}) order by all",
            r => string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : r.GetString(i))));
        var notes = etl.Session.Scalar<string>("select coalesce(notes, '') from etl.batches where file_name = $1", file.Name)!;
        return (notes, rows);
    }
}
