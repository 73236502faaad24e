using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;
using UglyToad.PdfPig;

namespace CorrAnalytics.Reports.Tests.Publications;

/// <summary>
/// The words of PUBLICATION.md §10 in what a reader gets: every PDF page and every workbook cell of the
/// monthly report (national and a department), the production analysis and the budget workbook, in
/// kk, ru and en, on the hand-made warehouse with rejected rows in the month.
/// </summary>
public sealed class PublicationWordsTests : IDisposable
{
    private static readonly YearMonth October = new(2026, 10);
    private readonly HandMadeWarehouse _warehouse = new();

    public PublicationWordsTests()
    {
        _warehouse.Session.Execute("""
            insert into etl.rejects (batch_id, file_name, line, column_name, raw_value, rule_code, message, facility_code) values
                (1, 'hand-made', 5, 'held_total', '-3', 'NEGATIVE_COUNT', 'held_total is negative', 'А-1'),
                (1, 'hand-made', 6, 'facility_code', 'Z-9', 'UNKNOWN_FACILITY', 'facility code is not in the register', 'Z-9'),
                (1, 'hand-made', 7, 'date', '2026-13-01', 'BAD_DATE', 'not a date', 'Б-2')
            """);
    }

    public void Dispose() => _warehouse.Dispose();

    /// <summary>Forms that must never appear, with the concept each stands for wrongly.</summary>
    private static readonly Dictionary<string, string[]> Banned = new()
    {
        ["kk"] = ["Сотталғандар саны", "Тергеудегілер", "Кезеңнің толықтығы", "Болжамдар", "топтама", "Бет 1 /"],
        ["ru"] = ["Осуждённых", "Численность осужденных", "Под следствием", "Абайская", "Жетысуская", "Улытауская", "пакет", "ё"],
        ["en"] = ["Convicts", "batch"],
    };

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_warehouse.DataDir, name)).FullName;

    private IEnumerable<(string Name, string Text)> Publications(ReportLanguage language)
    {
        var clock = TestClock.Running();
        var formats = new HashSet<string> { "pdf", "xlsx" };
        foreach (var department in new string?[] { null, "D-11" })
        {
            var scope = department ?? "republic";
            foreach (var file in new MonthlyReportWriter(_warehouse.Session, clock).Write(October, language, formats, Folder($"monthly-{scope}-{language.Code}"), department).Files)
                yield return ($"monthly {scope} {Path.GetFileName(file)}", Text(file));
        }
        foreach (var file in new ProductionReportWriter(_warehouse.Session, clock).Write(October, language, formats, Folder($"production-{language.Code}")).Files)
            yield return ($"production {Path.GetFileName(file)}", Text(file));
        foreach (var file in new BudgetWorkbookWriter(_warehouse.Session, clock).Write(new BudgetWorkbookOptions(2027, language), Folder($"budget-{language.Code}")).Files)
            yield return ($"budget {Path.GetFileName(file)}", Text(file));
    }

    private static string Text(string file)
    {
        if (file.EndsWith(".pdf", StringComparison.Ordinal))
        {
            using var pdf = PdfDocument.Open(file);
            return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        }
        using var workbook = new XLWorkbook(file);
        return string.Join("\n", workbook.Worksheets.SelectMany(s =>
            new[] { s.Name }.Concat(s.CellsUsed().Where(c => !c.HasFormula).Select(c => c.GetFormattedString()))));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void No_publication_uses_a_banned_term_or_an_untranslated_rule_code(string code)
    {
        var language = ReportLanguage.Parse(code);
        var publications = Publications(language).ToList();

        Assert.Equal(7, publications.Count); // monthly PDF and workbook × 2 scopes, production PDF and workbook, budget workbook
        foreach (var (name, text) in publications)
        {
            foreach (var banned in Banned[code])
                Assert.False(text.Contains(banned, StringComparison.OrdinalIgnoreCase), $"{name} says '{banned}'");
            var ruleCode = Regex.Match(text, @"\b[A-Z]{2,}(?:_[A-Z]+)+\b");
            Assert.False(ruleCode.Success, $"{name} prints the rule code {ruleCode.Value}");
            if (code == "kk")
                Assert.False(Regex.IsMatch(text, @"(?<!Деректердің )толықтығы", RegexOptions.IgnoreCase), $"{name} says 'толықтығы' for something other than data completeness");
        }
    }

    [Fact]
    public void No_pdf_prints_a_figure_of_more_than_nine_digits_and_money_is_in_million_tenge()
    {
        var pdfs = Publications(ReportLanguage.English).Where(p => p.Name.EndsWith(".pdf", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, pdfs.Count);
        foreach (var (name, text) in pdfs)
        {
            var long_ = Regex.Match(text, @"(?<![\d,.])\d{1,3}(?:,\d{3}){3,}(?![\d,])|\d{10,}");
            Assert.False(long_.Success, $"{name} prints {long_.Value}");
        }
        // The hand-made budget: 3,000,000 planned for October (food 1,000,000, wages 2,000,000); 30,500,000 to date with April's equipment.
        var monthly = pdfs.Single(p => p.Name.StartsWith("monthly republic", StringComparison.Ordinal)).Text;
        Assert.Contains("million tenge", monthly);
        Assert.Contains(" 3.0 ", monthly);
        Assert.Contains(" 30.5 ", monthly);
    }

    [Theory]
    [InlineData("kk", "Теріс мән", "Белгісіз мекеме")]
    [InlineData("ru", "Отрицательное значение", "Неизвестное учреждение")]
    [InlineData("en", "Negative value", "Unknown facility")]
    public void The_rejected_rows_annex_names_each_rule_in_the_readers_language(string code, string negative, string unknownFacility)
    {
        var monthly = Publications(ReportLanguage.Parse(code)).Where(p => p.Name.StartsWith("monthly republic", StringComparison.Ordinal)).ToList();

        Assert.All(monthly, p => Assert.Contains(negative, p.Text));
        Assert.All(monthly, p => Assert.Contains(unknownFacility, p.Text));
    }

    [Theory]
    [InlineData("kk", "Шартты белгілер", "Соңғы айдың көрсеткіштері алдын ала")]
    [InlineData("ru", "Условные обозначения", "Показатели последнего месяца предварительные")]
    [InlineData("en", "Symbols", "Figures for the latest month are provisional")]
    public void Every_pdf_ends_with_the_symbols_units_and_revision_policy_on_a_page_of_its_own(string code, string heading, string policy)
    {
        var language = ReportLanguage.Parse(code);
        var labels = Translations.Labels.For(language);
        var pdfs = new[]
        {
            new MonthlyReportWriter(_warehouse.Session, TestClock.Running()).Write(October, language, new HashSet<string> { "pdf" }, Folder($"back-m-{code}")).Files.Single(),
            new ProductionReportWriter(_warehouse.Session, TestClock.Running()).Write(October, language, new HashSet<string> { "pdf" }, Folder($"back-p-{code}")).Files.Single(),
        };
        foreach (var file in pdfs)
        {
            using var pdf = PdfDocument.Open(file);
            var last = string.Join(" ", pdf.GetPage(pdf.NumberOfPages).GetWords().Select(w => w.Text));
            Assert.Contains(heading, last);
            Assert.Contains(Model.NumberFormat.NotAvailable + " " + labels["back.symbol.not_available"].Split(' ')[0], last);
            Assert.Contains(policy, last);
            Assert.DoesNotContain(labels["section.quality"], last); // the annexes end on the page before
        }
    }

    [Theory]
    [InlineData("kk", "2026 жылғы қазан", "1-бет (")]
    [InlineData("ru", "Октябрь 2026 г.", "Стр. 1 из ")]
    [InlineData("en", "October 2026", "Page 1 of ")]
    public void The_period_and_the_page_are_written_as_the_reader_writes_them(string code, string period, string firstPage)
    {
        var pdf = Publications(ReportLanguage.Parse(code)).First(p => p.Name.EndsWith(".pdf", StringComparison.Ordinal)).Text;

        Assert.Contains(period, pdf);
        Assert.Contains(firstPage, pdf);
    }
}
