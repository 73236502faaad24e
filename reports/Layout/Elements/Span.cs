
namespace CorrAnalytics.Reports.Layout.Elements;

public sealed record Span(string Text, TextStyle Style);
