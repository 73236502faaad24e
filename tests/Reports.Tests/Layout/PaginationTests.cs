using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Tests.Support;

namespace CorrAnalytics.Reports.Tests.Layout;

/// <summary>Positions and page splits, computed without drawing (the fake surface's characters are half their size wide).</summary>
public class PaginationTests
{
    private static Pagination Paginate(Element content) =>
        Paginator.Paginate(SampleDocuments.Document(content), new FakeSurface());

    [Fact]
    public void A_300_row_table_spans_pages_with_its_header_at_the_top_of_each_and_no_row_split()
    {
        var pagination = Paginate(SampleDocuments.NumberTable(300));

        Assert.True(pagination.Pages.Count > 1);
        Assert.All(pagination.Pages, p => Assert.Equal(("table-header", 0.0), (p.Blocks[0].Block.Kind, p.Blocks[0].Top)));
        var rows = pagination.Pages.SelectMany(p => p.Blocks).Where(b => b.Block.Kind == "table-row").Select(b => b.Block.Text!.Split(" | ")[0]).ToList();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => i.ToString()), rows);
        Assert.All(pagination.Pages, p => Assert.True(p.Blocks.Sum(b => b.Block.Height) <= pagination.BodyHeight + 0.001));
        Assert.Equal("table-total", pagination.Pages[^1].Blocks[^1].Block.Kind);
    }

    [Fact]
    public void A_number_is_never_cut_across_lines_its_column_takes_the_room_from_the_text()
    {
        // 200 pt shared 3 : 1 gives the numbers 50 pt; "1 513 028 299" needs 13 characters × 4 pt (8 pt cells) and the padding.
        var table = new Table([new TableColumn("Name", 3), new TableColumn("Plan", 1, Align: Align.Right)]);
        table.AddRow("Филиал «Еңбек-Солтүстік Қазақстан»", "314\u00a0413\u00a0367");
        table.Totals("Total", "1\u00a0513\u00a0028\u00a0299");
        var blocks = table.Layout(new FakeSurface(), 200).ToList();

        var row = blocks.Single(b => b.Kind == "table-row");
        Assert.Contains("314\u00a0413\u00a0367", row.Text!.Split(" | "));
        Assert.Contains("1\u00a0513\u00a0028\u00a0299", blocks.Single(b => b.Kind == "table-total").Text!.Split(" | "));
    }

    [Fact]
    public void Text_wraps_at_the_width_and_lines_stack_by_line_height()
    {
        // Body: 9.5 pt, so 4.75 pt a character; 95 pt holds 20 characters.
        var blocks = new Text("alpha beta gamma delta epsilon zeta", TextStyles.Body).Layout(new FakeSurface(), 95).ToList();
        Assert.Equal(["alpha beta gamma", "delta epsilon zeta"], blocks.Select(b => b.Text));
        Assert.All(blocks, b => Assert.Equal(9.5 * 1.25, b.Height));
    }

    [Fact]
    public void Right_aligned_text_ends_at_the_right_edge()
    {
        var surface = new FakeSurface();
        var block = new Text("1 234", TextStyles.Body, Align.Right).Layout(surface, 100).Single();
        block.Draw(surface, 10, 0);
        Assert.Equal(10 + 100 - 5 * 4.75, surface.Texts.Single().X, 3);
    }

    [Fact]
    public void A_row_gives_fixed_items_their_width_and_shares_the_rest_by_weight()
    {
        Assert.Equal([100, 100, 200], Row.Widths([(1, 100), (1, null), (2, null)], 420, 10));
        var surface = new FakeSurface();
        var row = new Row([new RowItem(new Text("A", TextStyles.Body), Fixed: 100), new RowItem(new Text("B", TextStyles.Body)), new RowItem(new Text("C", TextStyles.Body), Relative: 2)], spacing: 10);
        row.Layout(surface, 420).Single().Draw(surface, 0, 0);
        Assert.Equal([("A", 0.0), ("B", 110.0), ("C", 220.0)], surface.Texts.Select(t => (t.Text, t.X)));
    }

    [Fact]
    public void A_page_break_starts_a_new_page_and_space_is_dropped_at_the_top_of_a_page()
    {
        var pagination = Paginate(new Column([new Text("one", TextStyles.Body), new PageBreak(), new Text("two", TextStyles.Body)]));
        Assert.Equal([["one"], ["two"]], pagination.Pages.Select(p => p.Blocks.Where(b => b.Block.Text is not null).Select(b => b.Block.Text!).ToList()));
        Assert.Equal(0, pagination.Pages[1].Blocks[0].Top);
    }

    [Fact]
    public void Keep_together_moves_a_group_to_the_next_page_when_it_does_not_fit()
    {
        var filler = new Spacer(600);
        var group = new KeepTogether(new Column([new Text("title", TextStyles.Heading1), new Spacer(150), new Text("end", TextStyles.Body)], spacing: 0));
        var pagination = Paginate(new Column([filler, group], spacing: 0));
        Assert.Equal(2, pagination.Pages.Count);
        Assert.Equal(("title", 0.0), (pagination.Pages[1].Blocks[0].Block.Text, pagination.Pages[1].Blocks[0].Top));
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_between_its_lines_and_continues_under_the_header()
    {
        var table = new Table([new TableColumn("Text")]).AddRow(string.Join("\n", Enumerable.Range(1, 150).Select(i => $"line {i}")));
        var pagination = Paginate(table);
        Assert.True(pagination.Pages.Count >= 2);
        Assert.All(pagination.Pages.Skip(1), p => Assert.Equal("table-header", p.Blocks[0].Block.Kind));
        var text = string.Join(" ", pagination.Pages.SelectMany(p => p.Blocks).Where(b => b.Block.Kind == "table-row").Select(b => b.Block.Text));
        Assert.Equal(string.Join(" ", Enumerable.Range(1, 150).Select(i => $"line {i}")), text);
    }

    [Fact]
    public void A_section_carries_its_bookmark_on_its_first_block()
    {
        var blocks = new Section("Population", new Text("body", TextStyles.Body), level: 1).Layout(new FakeSurface(), 300).ToList();
        Assert.Equal(("Population", 1), blocks[0].Bookmark);
    }

    [Fact]
    public void A_kpi_tile_shows_its_label_value_and_a_marked_change()
    {
        var block = new KpiTile("Stock", "37 102", "+1.2 % MoM", Trend.Up, goodNews: false).Layout(new FakeSurface(), 120).Single();
        Assert.Equal("Stock 37 102 ▲ +1.2 % MoM", block.Text);
        Assert.Equal(KpiTile.Height, block.Height);
    }

    [Fact]
    public void A_chart_is_rendered_at_no_less_than_200_dpi_of_its_placed_size()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 1, 2, 3 }, new double[] { 3, 1, 2 });
        var chart = new Chart(plot, height: 144, dpi: 100);
        var png = chart.Render(288);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal(200, chart.Dpi);
        Assert.Equal((800, 400), (width, height)); // 4 × 2 inches at 200 dpi
    }

    [Fact]
    public void A_heading_never_ends_a_page_it_moves_to_the_next_with_the_first_rows_of_its_table()
    {
        var body = Paginate(new Text("x", TextStyles.Body)).BodyHeight;
        var line = 9.5 * 1.25;
        var filler = (int)((body - 30) / line); // leaves room for the heading, not for the table header and two rows
        var table = SampleDocuments.NumberTable(40);
        var pagination = Paginate(new Column([
            new Column(Enumerable.Range(0, filler).Select(i => (Element)new Text($"line {i}", TextStyles.Body)).ToList(), spacing: 0),
            new Text("Heading", TextStyles.Heading1),
            table,
        ], spacing: 0));

        var heading = pagination.Pages.Single(p => p.Blocks.Any(b => b.Block.Text == "Heading"));
        Assert.Equal(2, heading.Number);
        Assert.Equal(["Heading", "table-header"], heading.Blocks.Take(2).Select(b => b.Block.Kind == "text-line" ? b.Block.Text : b.Block.Kind));
        Assert.Equal($"line {filler - 1}", pagination.Pages[0].Blocks[^1].Block.Text);
    }

    [Fact]
    public void The_contents_page_gives_each_section_the_page_it_starts_on_even_when_the_contents_page_itself_grows()
    {
        var contents = new Contents("Contents");
        var sections = Enumerable.Range(1, 60).Select(i => (Element)new Section($"Section {i}", new Column([new Text($"Section {i}", TextStyles.Heading1), SampleDocuments.NumberTable(15)]))).ToList();
        var document = SampleDocuments.Document(new Column([contents, new PageBreak(), .. sections])) is var d
            ? new LayoutDocument { Title = d.Title, CreatedAt = d.CreatedAt, Header = d.Header, Footer = d.Footer, Content = d.Content, Contents = contents } : null!;
        var pagination = Paginator.Paginate(document, new FakeSurface());

        Assert.Equal(60, contents.Entries.Count);
        Assert.True(pagination.Pages.Count(p => p.Blocks.Any(b => b.Block.Kind == "contents-entry")) > 1, "the 60 entries take more than one page");
        foreach (var entry in contents.Entries)
            Assert.Contains(pagination.Pages[entry.Page - 1].Blocks, b => b.Block.Bookmark?.Title == entry.Title);
    }

    [Fact]
    public void A_table_continued_on_another_page_says_so_above_its_repeated_header()
    {
        var table = SampleDocuments.NumberTable(300);
        table.Continued = "Table 5. Facilities (continued)";
        var pagination = Paginate(table);

        Assert.True(pagination.Pages.Count > 1);
        Assert.NotEqual("Table 5. Facilities (continued)", pagination.Pages[0].Blocks[0].Block.Text); // the first page: the header alone
        Assert.All(pagination.Pages.Skip(1), p => Assert.Equal("Table 5. Facilities (continued)", p.Blocks[0].Block.Text));
        Assert.All(pagination.Pages, p => Assert.True(p.Blocks.Sum(b => b.Block.Height) <= pagination.BodyHeight + 0.001));
    }

    [Theory]
    [InlineData(1)]  // the table would leave one row and the totals alone on the next page
    [InlineData(12)] // a plain split
    public void A_table_kept_together_that_would_leave_its_page_more_than_half_empty_splits_there_and_no_page_holds_fewer_than_three_of_its_rows(int over)
    {
        var body = Paginate(new Text("x", TextStyles.Body)).BodyHeight;
        var probe = new KeepTogether(SampleDocuments.NumberTable(1)).Layout(new FakeSurface(), 523).ToList();
        var (header, row) = (probe[0].Height, probe[1].Height);
        var fits = (int)((body * 0.6 - header) / row); // the rows that fit below a page 40 % used
        var pagination = Paginate(new Column([
            new Spacer(body * 0.4),
            new KeepTogether(SampleDocuments.NumberTable(fits + over)),
        ], spacing: 0));

        var rowsPerPage = pagination.Pages.Select(p => p.Blocks.Count(b => b.Block.Kind is "table-row" or "table-total")).ToList(); // the totals row counts
        Assert.Equal(2, rowsPerPage.Count);
        Assert.Equal(fits + over + 1, rowsPerPage.Sum());
        Assert.All(rowsPerPage, n => Assert.True(n >= 3, $"rows per page: {string.Join(", ", rowsPerPage)}"));
        Assert.Equal("table-header", pagination.Pages[1].Blocks[0].Block.Kind);
    }
}
