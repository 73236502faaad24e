using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Showcase;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr layout-showcase</c>: a PDF with every layout element, to look at.</summary>
public sealed class LayoutShowcaseCommand(ProductClock clock, IAnsiConsole console) : Command<LayoutShowcaseSettings>
{
    public override int Execute(CommandContext context, LayoutShowcaseSettings settings, CancellationToken cancellationToken)
    {
        var bytes = PdfRenderer.Render(LayoutShowcase.Everything(clock.UtcDateTime), null, out var pagination);
        File.WriteAllBytes(settings.Out, bytes);
        console.MarkupLineInterpolated($"Wrote {settings.Out}: {pagination.Pages.Count} pages, {bytes.Length / 1024:N0} KB.");
        return 0;
    }
}
