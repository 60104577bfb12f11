using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Footer;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Subjects;

/// <summary>
/// Numbers that one source shows together: a page's footer, a line of a list, a row of a spreadsheet. Numbers of one
/// record are linked: a PSB number is attached to the ICP number it is shown with, and two subjects in one record
/// are worth a look (<see cref="MixedSubjectRecord"/>).
/// </summary>
/// <param name="Source">Where the numbers come from, as the reports name it (<c>sites.csv:3</c>, a domain).</param>
/// <param name="Numbers">The numbers, in the order they appear.</param>
/// <remarks>Immutable; safe to use from any thread. Two records are equal when their sources and the contents of
/// their lists are equal.</remarks>
public sealed record NumberRecord(string Source, ImmutableArray<FilingNumber> Numbers)
{
    /// <summary>The numbers, in the order they appear; never default.</summary>
    public ImmutableArray<FilingNumber> Numbers { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(Numbers);

    /// <summary>The numbers a page shows (in its text, not in comments or scripts) as one record.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="source">The name reports give the page, such as its domain or file name.</param>
    /// <returns>The record; its list is empty when the page shows no number.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NumberRecord FromPage(string html, string source)
    {
        Preconditions.CheckNotNull(html);
        Preconditions.CheckNotNull(source);
        return new NumberRecord(source, [.. FooterInspector.Inspect(html).Numbers.Where(n => n.Context == FoundNumberContext.Text).Select(n => n.Number)]);
    }

    /// <summary>Each line of a text (a list, a CSV file) that holds at least one number, as a record named
    /// <c><paramref name="source"/>:LINE</c>. Numbers are found where they stand, in any spelling a footer uses
    /// (the footer inspector's scanner reads each line as page text), so columns, labels and quotes around them do not
    /// matter.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">The name of the text, such as its file name.</param>
    /// <returns>The records, in line order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<NumberRecord> FromLines(string text, string source)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(source);
        var records = ImmutableArray.CreateBuilder<NumberRecord>();
        int lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsWhiteSpace())
            {
                continue;
            }

            // A line read alone cannot run into the next one, which a scan of the whole text would allow (a number
            // may span whitespace, and a line break is whitespace).
            List<FilingNumber> numbers = [.. FooterInspector.Inspect(line.ToString()).Numbers.Where(n => n.Context == FoundNumberContext.Text).Select(n => n.Number)];
            if (numbers.Count > 0)
            {
                records.Add(new NumberRecord(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source}:{lineNumber}"), [.. numbers]));
            }
        }

        return records.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(NumberRecord? other)
        => other is not null && string.Equals(Source, other.Source, StringComparison.Ordinal) && Sequences.Equal(Numbers, other.Numbers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Sequences.Hash(Numbers));
}
