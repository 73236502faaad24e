namespace CorrAnalytics.Reports.Layout;

public delegate void DrawAction(IDrawingSurface surface, double x, double top);

/// <summary>
/// The unit of pagination: a measured piece of an element, never split across pages (a table row,
/// a line of text, a chart). Pagination places blocks; drawing replays their actions.
/// </summary>
public sealed class Block(string kind, double height, DrawAction draw)
{
    public string Kind { get; } = kind;

    public double Height { get; } = height;

    public DrawAction Draw { get; } = draw;

    /// <summary>Starts a new page before this block.</summary>
    public bool PageBreakBefore { get; init; }

    /// <summary>Drawn again at the top of every page this block's table continues on.</summary>
    public Block? RepeatedHeader { get; init; }

    /// <summary>Blocks with the same group number stay on one page when they fit on one.</summary>
    public int KeepGroup { get; set; }

    /// <summary>A heading or caption: it starts a new page unless what follows it (two rows of a table, or a chart) fits after it.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>An outline entry pointing at this block's page.</summary>
    public (string Title, int Level)? Bookmark { get; set; }

    /// <summary>For a block taller than a page: cuts it into a part that fits and the rest.</summary>
    public Func<double, (Block First, Block Remainder)?>? Split { get; init; }

    /// <summary>Text the block shows, for tests and diagnostics.</summary>
    public string? Text { get; init; }

    public static Block Break() => new("page-break", 0, (_, _, _) => { }) { PageBreakBefore = true };
}
