using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;

namespace CorrAnalytics.Reports.Tests.Support;

public static class SampleDocuments
{
    public const string KazakhSentence = "Әділет, Ғылым, Қауіпсіздік, Ңғ, Өнім, Ұлт, Үміт, Һ, Іс — қылмыстық-атқару жүйесі";

    public static readonly DateTime Created = new(2026, 11, 5, 8, 0, 0, DateTimeKind.Utc);

    public static Table NumberTable(int rows)
    {
        var table = new Table([
            new TableColumn("№", Fixed: 30, Align: Align.Right),
            new TableColumn("Мекеме / Учреждение", Relative: 3),
            new TableColumn("Лимит", Align: Align.Right),
            new TableColumn("Саны", Align: Align.Right),
            new TableColumn("%", Align: Align.Right),
        ]);
        for (var i = 1; i <= rows; i++)
            table.AddRow(i.ToString(), $"ЕЦ-166/{i} түзеу мекемесі", (500 + i).ToString("N0"), (400 + i % 170).ToString("N0"), ((400 + i % 170) * 100.0 / (500 + i)).ToString("0.0"));
        return table.Totals("", "Барлығы", "—", "—", "—");
    }

    public static LayoutDocument Document(Element content, string title = "Үлгі құжат") => new()
    {
        Title = title,
        Subject = "Layout test",
        Author = "CorrAnalytics tests",
        Keywords = "test",
        Language = "kk-KZ",
        CreatedAt = Created,
        Header = _ => new Text(title, TextStyles.Small, spaceAfter: 6),
        Footer = page => new Text(LayoutDocument.PageNumber(page), TextStyles.Footer, Align.Right),
        Content = content,
    };
}
