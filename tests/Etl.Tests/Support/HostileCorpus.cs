using CorrAnalytics.Warehouse.Time;
using System.IO.Compression;
using System.Text;
using CorrAnalytics.Etl.Common;

namespace CorrAnalytics.Etl.Tests.Support;

/// <summary>
/// Files a person or a broken export can produce. Each is dropped alone into an inbox whose
/// register holds ЕЦ-166/1 and ЕЦ-166/2; the outcome is what a user must see.
/// </summary>
public static class HostileCorpus
{
    private const string PopulationHeader = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";
    private const string Good = "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12";
    private const string ExecHeader = "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ";

    private static byte[] Utf8(params string[] lines) => SourceFormats.Utf8.GetBytes(string.Join("\n", lines) + "\n");

    private static byte[] Win1251(params string[] lines) => SourceFormats.Windows1251.GetBytes(string.Join("\n", lines) + "\n");

    /// <summary>Many good rows, so one bad row stays under the 5 % threshold.</summary>
    private static string[] Population(params string[] extra) =>
        [PopulationHeader, .. Enumerable.Range(2, 25).Select(d => $"ЕЦ-166/2,2024-01-{d:00},100,100,0,100,0,1"), .. extra];

    private static byte[] Exec(params string[] extra) =>
        Win1251([ExecHeader, .. Enumerable.Range(1, 25).Select(i => $"15.01.2024;ЕЦ-166/1;010;100;141;РБ;1 000,00;ПП-{i}"), .. extra]);

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        return stream.ToArray();
    }

    public static IEnumerable<HostileCase> Cases() =>
    [
        // Whole-file refusals.
        new("empty", "population_202401.csv", () => [], "quarantined", "empty"),
        new("header-only", "population_202401.csv", () => Utf8(PopulationHeader), "quarantined", "no data rows"),
        new("blank-lines-only", "population_202401.csv", () => Utf8("", "", ""), "quarantined", "empty"),
        new("wrong-header", "population_202401.csv", () => Utf8(Population().Select((l, i) => i == 0 ? "code,date,total,sentenced,pretrial,women,juveniles,foreigners" : l).ToArray()), "quarantined", "expected 'facility_code,date"),
        new("truncated-mid-line", "population_202401.csv", () => SourceFormats.Utf8.GetBytes(string.Join("\n", Population()) + "\nЕЦ-166/1,2024-01-0"), "quarantined", "truncated"),
        new("unclosed-quote", "population_202401.csv", () => SourceFormats.Utf8.GetBytes(string.Join("\n", Population()) + "\n\"ЕЦ-166/1,2024-01-01,400"), "quarantined", "truncated"),
        new("windows-1251-as-utf8-kind", "population_202401.csv", () => SourceFormats.Windows1251.GetBytes(string.Join("\n", Population()) + "\n"), "quarantined", "not valid UTF-8"),
        new("utf8-accounting-file", "budget_exec_202401.csv", () => Utf8(ExecHeader, "15.01.2024;ЕЦ-166/1;010;100;141;РБ;100,00;ПП-1"), "quarantined", "Windows-1251"),
        new("utf16-accounting-file", "budget_exec_202401.csv", () => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(ExecHeader + "\n")).ToArray(), "quarantined", "UTF-16"),
        new("nul-bytes-only", "population_202401.csv", () => new byte[4096], "quarantined", "header"),
        new("binary-garbage", "movements_202401.csv", () => Enumerable.Range(0, 3000).Select(i => (byte)(i * 37 % 251)).ToArray(), "quarantined", null),
        new("name-matches-nothing", "population-2024-01.csv", () => Utf8(Population()), "quarantined", "matches no inbox pattern"),
        new("impossible-date-in-name", "population_202413.csv", () => Utf8(Population()), "quarantined", "not a valid"),
        new("dot-dot-in-name", "population_202401..csv", () => Utf8(Population()), "quarantined", "matches no inbox pattern"),
        new("xls-extension", "production_ЕЦ-166-1_202401.xls", () => Utf8("x"), "quarantined", "save it as .xlsx"),
        new("xlsm-extension", "production_ЕЦ-166-1_202401.xlsm", () => Utf8("x"), "quarantined", "matches no inbox pattern"),
        new("workbook-not-zip", "production_ЕЦ-166-1_202401.xlsx", () => Utf8("this is not a workbook"), "quarantined", "not an .xlsx workbook"),
        new("encrypted-workbook", "production_ЕЦ-166-1_202401.xlsx", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], "quarantined", "encrypted"),
        new("zip-bomb", "production_ЕЦ-166-1_202401.xlsx", () => Zip(("xl/worksheets/sheet1.xml", new byte[60 * 1024 * 1024])), "quarantined", "zip bomb"),
        new("workbook-with-macros", "production_ЕЦ-166-1_202401.xlsx", () => Zip(("xl/workbook.xml", Utf8("<workbook/>")), ("xl/vbaProject.bin", [1, 2, 3])), "quarantined", "macros"),
        new("workbook-with-external-links", "production_ЕЦ-166-1_202401.xlsx", () => Zip(("xl/workbook.xml", Utf8("<workbook/>")), ("xl/externalLinks/externalLink1.xml", Utf8("<externalLink/>"))), "quarantined", "links to other workbooks"),
        new("empty-zip", "production_ЕЦ-166-1_202401.xlsx", () => Zip(), "quarantined", "cannot be read"),
        new("too-many-bad-rows", "population_202401.csv", () => Utf8(PopulationHeader, Good, "ЖЖ-1/1,2024-01-01,1,1,0,0,0,0"), "quarantined", "more than the 5 %"),

        // Row rejects: the rest of the file loads.
        new("semicolon-delimited", "population_202401.csv", () => Utf8(Population().Select(l => l.Replace(',', ';')).ToArray()), "loaded", null),
        new("utf8-with-bom", "population_202401.csv", () => [0xEF, 0xBB, 0xBF, .. Utf8(Population(Good))], "loaded", null),
        new("crlf-and-lf-mixed", "population_202401.csv", () => SourceFormats.Utf8.GetBytes(string.Join("\r\n", Population().Take(10)) + "\n" + string.Join("\n", Population().Skip(10)) + "\r\n"), "loaded", null),
        new("utf16-with-bom", "population_202401.csv", () => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(string.Join("\n", Population(Good)) + "\n")).ToArray(), "loaded", null),
        new("quoted-field-with-newline", "population_202401.csv", () => Utf8(Population("\"ЕЦ-166/1\nX\",2024-01-01,400,398,2,0,0,12")), "loaded", "CONTROL_CHARACTER"),
        new("nul-in-a-value", "population_202401.csv", () => Utf8(Population("ЕЦ-166/1\0,2024-01-01,400,398,2,0,0,12")), "loaded", "CONTROL_CHARACTER"),
        new("ten-megabyte-line", "population_202401.csv", () => Utf8(Population("ЕЦ-166/1,2024-01-01,400,398,2,0,0," + new string('9', 10_000_000))), "loaded", "LINE_TOO_LONG"),
        new("one-megabyte-cell", "population_202401.csv", () => Utf8(Population(new string('Ж', 1_000_001) + ",2024-01-01,400,398,2,0,0,12")), "loaded", "LINE_TOO_LONG"),
        new("too-few-fields", "population_202401.csv", () => Utf8(Population("ЕЦ-166/1,2024-01-01,400")), "loaded", "FIELD_COUNT"),
        new("too-many-fields", "population_202401.csv", () => Utf8(Population(Good + ",extra")), "loaded", "FIELD_COUNT"),
        new("number-1.234,5", "budget_exec_202401.csv", () => Exec("15.01.2024;ЕЦ-166/1;010;100;141;РБ;1.234,5;ПП-X"), "loaded", "BAD_NUMBER"),
        new("number-1,234.5", "budget_exec_202401.csv", () => Exec("15.01.2024;ЕЦ-166/1;010;100;141;РБ;1,234.5;ПП-X"), "loaded", "BAD_NUMBER"),
        new("number-1e3", "population_202401.csv", () => Utf8(Population("ЕЦ-166/1,2024-01-01,1e3,398,2,0,0,12")), "loaded", "BAD_NUMBER"),
        new("number-with-nbsp", "budget_exec_202401.csv", () => Exec("15.01.2024;ЕЦ-166/1;010;100;141;РБ;1\u00a0234,50;ПП-X"), "loaded", null),
        new("date-with-slashes-in-iso-file", "population_202401.csv", () => Utf8(Population("ЕЦ-166/1,01/01/2024,400,398,2,0,0,12")), "loaded", "BAD_DATE"),
        new("impossible-dd.mm.yyyy-date", "population_202401.csv", () => Utf8(Population("ЕЦ-166/1,30.02.2024,400,398,2,0,0,12")), "loaded", "BAD_DATE"),
        new("date-us-form-in-accounting-file", "budget_exec_202401.csv", () => Exec("01/15/2024;ЕЦ-166/1;010;100;141;РБ;10,00;ПП-X"), "loaded", "BAD_DATE"),
        new("impossible-date", "population_202401.csv", () => Utf8(Population("ЕЦ-166/1,2024-02-30,400,398,2,0,0,12")), "loaded", "BAD_DATE"),
        new("latin-lookalike-in-code", "population_202401.csv", () => Utf8(Population("EЦ-166/1,2024-01-01,400,398,2,0,0,12")), "loaded", "UNKNOWN_FACILITY"),
        new("formula-document-number", "budget_exec_202401.csv", () => Exec("15.01.2024;ЕЦ-166/1;010;100;141;РБ;10,00;=HYPERLINK(\"\"http://x\"\")"), "loaded", "FORMULA_TEXT"),
        new("plus-cmd-document-number", "budget_exec_202401.csv", () => Exec("15.01.2024;ЕЦ-166/1;010;100;141;РБ;10,00;+cmd|' /C calc'!A0"), "loaded", "FORMULA_TEXT"),
        new("at-sum-document-number", "budget_exec_202401.csv", () => Exec("15.01.2024;ЕЦ-166/1;010;100;141;РБ;10,00;@SUM(1+1)"), "loaded", "FORMULA_TEXT"),
        new("minus-formula-document-number", "budget_exec_202401.csv", () => Exec("15.01.2024;ЕЦ-166/1;010;100;141;РБ;10,00;-1+1"), "loaded", "FORMULA_TEXT"),
        new("sql-looking-text", "population_202401.csv", () => Utf8(Population("ЕЦ-166/1'); drop table core.fact_population_daily; --,2024-01-01,400,398,2,0,0,12")), "loaded", "UNKNOWN_FACILITY"),
        new("negative-count", "population_202401.csv", () => Utf8(Population("ЕЦ-166/1,2024-01-01,400,398,2,0,-1,12")), "loaded", "NEGATIVE_COUNT"),
        new("trailing-spaces", "population_202401.csv", () => Utf8(Population(" ЕЦ-166/1 , 2024-01-01 ,400,398,2,0,0,12")), "loaded", null),
        new("month-after-the-current-one", $"population_{Future.Compact}.csv",
            () => Utf8(PopulationHeader, $"ЕЦ-166/1,{Future.First:yyyy-MM-dd},400,398,2,0,0,12"), "quarantined", "after the current month"),
        new("register-dated-after-today", $"facilities_{Future.First:yyyyMMdd}.csv",
            () => Utf8("facility_code,name_kk,name_ru,facility_type,security_level,sex,region_code,department_code,capacity,opened_on,closed_on",
                "ЕЦ-166/1,А,А,colony,medium,M,KZ-11,D-11,500,1975-05-01,"), "quarantined", "after today"),
        new("units-written-in-russian", "products_20240101.csv",
            () => Utf8("product_code,name_kk,name_ru,category,unit", "GR-001,А,А,garments,шт.", "GR-002,Б,Б,garments,компл", "BK-001,В,В,bakery,кг"), "loaded", null),
        new("colliding-facility-code", "facilities_20240201.csv",
            () => Utf8("facility_code,name_kk,name_ru,facility_type,security_level,sex,region_code,department_code,capacity,opened_on,closed_on",
                "ЕЦ-166/1,А,А,colony,medium,M,KZ-11,D-11,500,1975-05-01,", "ЕЦ-166/2,Б,Б,colony,minimum,F,KZ-11,D-11,300,1980-01-01,",
                "АС-221/1,В,В,sizo,none,X,KZ-71,D-71,800,2001-03-01,", "ЕЦ-166-1,Г,Г,colony,medium,M,KZ-11,D-11,100,1990-01-01,"),
            "quarantined", "rows"),
    ];

    /// <summary>A month after the current one of the tests' clock (two ahead, so a run at a month's turn cannot make it current).</summary>
    private static YearMonth Future => YearMonth.Of(DateOnly.FromDateTime(TestSupport.TestClock.Start.DateTime)).AddMonths(2);
}
