using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;

namespace CorrAnalytics.Reports.Showcase;

/// <summary>
/// A document with every layout element, in Kazakh and Russian, to look at after a change to the
/// layout layer (corr layout-showcase), and a long table document for the benchmark.
/// </summary>
public static class LayoutShowcase
{
    public static LayoutDocument Everything(DateTime createdAt)
    {
        var plot = new ScottPlot.Plot();
        var months = Enumerable.Range(0, 13).Select(i => (double)i).ToArray();
        plot.Add.Scatter(months, months.Select(m => 36_400 + 60 * m + 150 * Math.Sin(m)).ToArray()).LegendText = "Саны / Численность";
        plot.Add.Scatter(months, months.Select(_ => 44_000.0).ToArray()).LegendText = "Лимит / Лимит";
        plot.Font.Set("DejaVu Sans");
        plot.Title("Ұсталатын адамдар саны, 13 ай");
        plot.ShowLegend();

        var table = new Table([
            new TableColumn("Өңір", Relative: 2),
            new TableColumn("Саны", Align: Align.Right),
            new TableColumn("Лимит", Align: Align.Right),
            new TableColumn("Лимиттің толтырылуы, %", Align: Align.Right),
        ]);
        string[] regions = ["Абай облысы", "Ақмола облысы", "Ақтөбе облысы", "Алматы облысы", "Атырау облысы", "Батыс Қазақстан облысы", "Жамбыл облысы", "Жетісу облысы", "Қарағанды облысы", "Қостанай облысы", "Қызылорда облысы", "Маңғыстау облысы", "Павлодар облысы", "Солтүстік Қазақстан облысы", "Түркістан облысы", "Ұлытау облысы", "Шығыс Қазақстан облысы", "Астана қаласы", "Алматы қаласы", "Шымкент қаласы"];
        for (var i = 0; i < regions.Length; i++)
            table.AddRow(regions[i], (900 + 97 * i).ToString("N0"), (1100 + 101 * i).ToString("N0"), ((900 + 97.0 * i) / (1100 + 101 * i) * 100).ToString("0.0"));
        table.Totals("Барлығы", "37 102", "44 280", "83,8");

        var kpis = new Row([
            new RowItem(new KpiTile("Ұсталатын адамдар саны", "37 102", "+0,4 % өткен аймен салыстырғанда", Trend.Up, goodNews: null)),
            new RowItem(new KpiTile("Орындар лимитінің толтырылуы, %", "83,8", "+0,3 п.т.", Trend.Up, goodNews: false)),
            new RowItem(new KpiTile("Қашу, 10 000 ұсталатынға (12 ай)", "0,5", "−0,3 өткен жылдың сәйкес айымен салыстырғанда", Trend.Down, goodNews: true)),
            new RowItem(new KpiTile("Сотталғандардың еңбекпен қамтылуы, %", "54,2", "+1,1 п.т.", Trend.Up, goodNews: true)),
        ], spacing: 6);

        var content = new Column([
            new Text("Қылмыстық-атқару жүйесі: айлық есеп", TextStyles.Title),
            new Text("Ежемесячный отчёт · Monthly report · 2026 ж. қазан", TextStyles.Subtitle, spaceAfter: 8),
            new Section("Негізгі көрсеткіштер", new Column([new Text("Негізгі көрсеткіштер", TextStyles.Heading1), kpis])),
            new Text([
                new Span("Мәтін ", TextStyles.Body),
                new Span("қалың", TextStyles.Body with { Bold = true }),
                new Span(" және ", TextStyles.Body),
                new Span("көлбеу", TextStyles.Body with { Italic = true }),
                new Span(" бөліктерімен. " + SampleSentence, TextStyles.Body),
            ]),
            new Row([
                new RowItem(new Text("Бекітілген ені 120 pt", TextStyles.Note), Fixed: 120),
                new RowItem(new Text("Қалған енінің бір үлесі", TextStyles.Note, Align.Center)),
                new RowItem(new Text("Екі үлесі, оң жаққа", TextStyles.Note, Align.Right), Relative: 2),
            ]),
            new Section("Өңірлер бойынша", new KeepTogether(new Column([new Text("Өңірлер бойынша", TextStyles.Heading1), table]))),
            new Section("Динамика", new KeepTogether(new Column([new Text("Динамика", TextStyles.Heading1), new Chart(plot, height: 220)]))),
            new PageBreak(),
            new Section("Ұзын кесте", new Column([new Text("Ұзын кесте (бетке сыймайды)", TextStyles.Heading1), LongTable(120)])),
        ]);
        return Document("Үлгі: барлық элементтер", createdAt, content);
    }

    public static LayoutDocument LongTableDocument(int rows, DateTime createdAt) =>
        Document("Ұзын кесте", createdAt, LongTable(rows));

    private const string SampleSentence =
        "Әділет, Ғылым, Қауіпсіздік, Өнім, Ұлт, Үміт, Һ, Іс — барлық қазақ әріптері дұрыс көрінуі тиіс. " +
        "Русский текст тоже: учреждения уголовно-исполнительной системы.";

    private static Table LongTable(int rows)
    {
        var table = new Table([
            new TableColumn("№", Fixed: 32, Align: Align.Right),
            new TableColumn("Мекеме", Relative: 3),
            new TableColumn("Күні", Relative: 1.2),
            new TableColumn("Саны", Align: Align.Right),
            new TableColumn("Сомасы, ₸", Relative: 1.5, Align: Align.Right),
        ]);
        for (var i = 1; i <= rows; i++)
            table.AddRow(i.ToString(), $"ЕЦ-166/{i % 9 + 1} түзеу мекемесі", $"2026-10-{i % 28 + 1:00}", (i * 7 % 500).ToString(), (i * 12_345.67).ToString("N2"));
        return table.Totals("", "Барлығы", "", "", (rows * (rows + 1) / 2 * 12_345.67).ToString("N2"));
    }

    private static LayoutDocument Document(string title, DateTime createdAt, Element content) => new()
    {
        Title = title,
        Subject = "CorrAnalytics layout",
        Author = "CorrAnalytics",
        Keywords = "layout",
        Language = "kk-KZ",
        CreatedAt = createdAt,
        Header = _ => new Text(title, TextStyles.Small, spaceAfter: 6),
        Footer = page => new Text(LayoutDocument.PageNumber(page), TextStyles.Footer, Align.Right),
        Content = content,
    };
}
