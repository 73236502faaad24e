using CorrAnalytics.Reports.Layout.Elements;

namespace CorrAnalytics.Reports.Layout;

/// <summary>What a document is: page geometry, metadata, and its header, footer and content.</summary>
public sealed class LayoutDocument
{
    public double PageWidth { get; init; } = 595.28;   // A4
    public double PageHeight { get; init; } = 841.89;
    public Margins Margins { get; init; } = new(36, 36, 36, 36);

    public required string Title { get; init; }
    public string Subject { get; init; } = "";
    public string Author { get; init; } = "";
    public string Keywords { get; init; } = "";

    /// <summary>BCP 47 language of the text (kk-KZ, ru-RU, en-US).</summary>
    public string Language { get; init; } = "en-US";

    /// <summary>Fixed by the caller (the report's generation time), so the same input gives the same bytes.</summary>
    public required DateTime CreatedAt { get; init; }

    public Func<PageInfo, Element>? Header { get; init; }

    public Func<PageInfo, Element>? Footer { get; init; }

    public required Element Content { get; init; }

    /// <summary>The contents page inside <see cref="Content"/>, whose page numbers the paginator fills in; null when there is none.</summary>
    public Contents? Contents { get; init; }

    public double ContentWidth => PageWidth - Margins.Left - Margins.Right;

    /// <summary>"N / M" page numbers for a footer.</summary>
    public static string PageNumber(PageInfo page) => $"{page.Number} / {page.Total}";
}
