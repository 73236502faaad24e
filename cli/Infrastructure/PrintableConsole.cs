using CorrAnalytics.Warehouse.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>
/// The console every command writes to: what it renders passes through <see cref="Printable"/>, so a
/// control character in a file's name or value is shown escaped (<c>\x1b</c>) in every table, line
/// and progress bar; the console's own colours and cursor moves (control-code segments) pass as they are.
/// </summary>
public sealed class PrintableConsole(IAnsiConsole inner) : IAnsiConsole
{
    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => inner.Input;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void Write(IRenderable renderable) => inner.Write(new Shown(renderable));

    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    private sealed class Shown(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak || Printable.Of(s.Text) is var shown && ReferenceEquals(shown, s.Text)
                ? s
                : new Segment(shown, s.Style));
    }
}

/// <summary>The error stream, with control characters from files escaped as on the console (line breaks kept).</summary>
public sealed class PrintableWriter(TextWriter inner) : TextWriter
{
    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(Printable.IsControl(value) && value is not ('\n' or '\r' or '\t') ? Printable.Of(value.ToString()) : value.ToString());

    public override void Write(string? value) => inner.Write(Printable.Of(value, keepLineBreaks: true));

    public override void WriteLine(string? value)
    {
        inner.Write(Printable.Of(value, keepLineBreaks: true));
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();
}
