using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.RegularExpressions;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Footer;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Footer;

/// <summary>The page scanner as it was before the streaming rewrite (materialised decoded text), kept as the oracle
/// the streaming scanner must agree with on every page.</summary>
/// <remarks>
/// Finds every filing, license and PSB number in a page in one linear pass, without building a DOM. The first pass
/// turns the HTML into the text a reader sees (tags dropped, character references decoded, comments and scripts
/// kept apart) with a compact map back to source offsets, enclosing links and context; the second finds numbers in
/// that text by looking for a province character followed by <c>ICP</c>, <c>B2</c> or <c>公网安备</c> and handing a
/// bounded span to the lenient parsers.
/// </remarks>
internal sealed class ReferencePageScanner
{
    // Marks where a block-level tag, a comment or a script starts or ends, so text on either side cannot join into
    // one number. It is the paragraph separator: neither part of a number nor a damaged character inside one.
    private const char Break = '\u2029';

    private static readonly SearchValues<char> ProvinceCharacters =
        SearchValues.Create(Province.All.SelectMany(p => p.Characters).Distinct().ToArray());

    // Tags that do not break text: a number may be split by them (京ICP备<b>12345678</b>号) and still reads as one.
    private static readonly string[] InlineTags = ["a", "abbr", "b", "bdi", "bdo", "code", "em", "font", "i", "mark", "s", "small", "span", "strong", "sub", "sup", "u", "wbr"];

    // One attribute, or the tag's end, after any spaces and slashes. A name is anything up to a space, '/', '>' or '='
    // (its first character may be '='); after it, spaces, '=', spaces and a value: in double or single quotes (an
    // unclosed quote runs to the end of the page), or unquoted up to a space or '>'. No '=': an attribute without a
    // value. HTML's spaces are only these five.
    private static readonly Regex Attribute = new(
        @"\G[ \t\n\r\f/]*(?:(?<end>>)|(?<name>[^ \t\n\r\f/>][^ \t\n\r\f/>=]*)(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:""(?<value>[^""]*)""?|'(?<value>[^']*)'?|(?<value>[^ \t\n\r\f>]*)))?)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // The page, or while content shown again inside hidden content is read (ReadShown), the page up to its end.
    private string _html;
    private readonly List<Run> _runs = [];
    private readonly List<string?> _hrefs = [];

    // Comments and hidden content: read apart from the text (a browser renders no box for them, so the text on either
    // side joins), each a range of the page searched as written.
    private readonly List<(int Start, int End, FoundNumberContext Context, int Link)> _apart = [];
    private char[] _text;
    private int _length;
    private int _lastSource = -2;
    private FoundNumberContext _context;
    private int _link = -1;
    private int _shownDepth;

    private ReferencePageScanner(string html)
    {
        _html = html;
        _text = ArrayPool<char>.Shared.Rent(Math.Max(16, html.Length));
    }

    /// <summary>Every number in the page, in page order.</summary>
    internal static List<FoundNumber> Scan(string html)
    {
        var scanner = new ReferencePageScanner(html);
        try
        {
            scanner.ReadPage();
            return scanner.FindNumbers();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scanner._text);
        }
    }

    private void ReadPage() => ReadFrom(0);

    private void ReadFrom(int i)
    {
        string html = _html;
        while (i < html.Length)
        {
            char c = html[i];
            if (c == '<')
            {
                i = ReadMarkup(i);
            }
            else if (c == '&')
            {
                int length = CharacterReferences.TryDecode(html, i, out int codePoint);
                if (length == 0)
                {
                    Emit(c, i);
                    i++;
                }
                else
                {
                    EmitCodePoint(codePoint, i);
                    i += length;
                }
            }
            else
            {
                int run = html.AsSpan(i).IndexOfAny('<', '&');
                int end = run < 0 ? html.Length : i + run;
                EmitText(i, end);
                i = end;
            }
        }
    }

    private int ReadMarkup(int start)
    {
        string html = _html;
        ReadOnlySpan<char> rest = html.AsSpan(start);
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            // "-->" is searched from the second character on, so "<!-->" is an empty comment as in HTML.
            int close = html.IndexOf("-->", start + 2, StringComparison.Ordinal);
            int contentEnd = close < 0 ? html.Length : close;
            if (close < 0)
            {
                // An unclosed comment runs to the end of the page: nothing follows to join.
                EmitBreak(start);
            }

            _apart.Add((Math.Min(start + 4, contentEnd), contentEnd, FoundNumberContext.Comment, _link));
            return close < 0 ? html.Length : close + 3;
        }

        if (rest.Length < 2)
        {
            Emit('<', start);
            return start + 1;
        }

        char next = rest[1];
        if (next is '!' or '?')
        {
            EmitBreak(start);
            return SkipPast('>', start + 2);
        }

        if (next == '/')
        {
            int nameEnd = ReadName(start + 2);
            if (nameEnd == start + 2)
            {
                // "</>" and "</ …>" are bogus markup, dropped up to the next '>'.
                return SkipPast('>', start + 2);
            }

            ReadOnlySpan<char> name = html.AsSpan(start + 2, nameEnd - start - 2);
            if (name.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                _link = -1;
            }

            BreakUnlessInline(name, start);
            return SkipPast('>', nameEnd);
        }

        if (!char.IsAsciiLetter(next))
        {
            Emit('<', start);
            return start + 1;
        }

        int end = ReadName(start + 1);
        ReadOnlySpan<char> tag = html.AsSpan(start + 1, end - start - 1);
        bool isLink = tag.Equals("a", StringComparison.OrdinalIgnoreCase);
        bool raw = tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("style", StringComparison.OrdinalIgnoreCase);
        int after = ReadAttributes(end, isLink, out string? href, out ElementHiding hiding);
        bool hiddenElement = HiddenContent.IsHiddenElement(tag);
        if (hiddenElement || (hiding >= ElementHiding.Invisible && !raw && !HiddenContent.IsVoid(tag)))
        {
            int contentEnd = HiddenContent.ContentEnd(html, tag, after);

            // Visibility is inherited, and a descendant may set it again: inside an element hidden by its visibility
            // only, the elements that do are read as the page is, the rest apart. The text does not join across it.
            List<(int Tag, int End)> shown = !hiddenElement && hiding == ElementHiding.Invisible ? Shown(after, contentEnd) : [];
            if (shown.Count > 0)
            {
                EmitBreak(start);
            }

            int hiddenFrom = after;
            if (_shownDepth < HiddenContent.MaxShownDepth)
            {
                int shownLink = _link;
                if (isLink && shown.Count > 0)
                {
                    shownLink = _hrefs.Count;
                    _hrefs.Add(href);
                }

                foreach ((int shownTag, int shownEnd) in shown)
                {
                    _apart.Add((hiddenFrom, shownTag, FoundNumberContext.Hidden, _link));
                    ReadShown(shownTag, shownEnd, shownLink);
                    hiddenFrom = shownEnd;
                }
            }

            _apart.Add((hiddenFrom, contentEnd, FoundNumberContext.Hidden, _link));
            if (isLink && _link >= 0)
            {
                // A hidden link inside a link ends a number that started in the outer one, as any <a> does; the
                // text after it is still in the outer link.
                string? outer = _hrefs[_link];
                _link = _hrefs.Count;
                _hrefs.Add(outer);
            }
            if (contentEnd >= html.Length)
            {
                EmitBreak(start);
                return html.Length;
            }

            return SkipPast('>', contentEnd + 1);
        }

        if (isLink)
        {
            _link = _hrefs.Count;
            _hrefs.Add(href);
            return after;
        }

        BreakUnlessInline(tag, start);
        bool script = tag.Equals("script", StringComparison.OrdinalIgnoreCase);
        if (script || tag.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            string closing = script ? "</script" : "</style";
            int close = html.AsSpan(after).IndexOf(closing, StringComparison.OrdinalIgnoreCase);
            int contentEnd = close < 0 ? html.Length : after + close;
            if (script)
            {
                EmitRaw(after, contentEnd, FoundNumberContext.Script, start);
            }

            return contentEnd;
        }

        return after;
    }

    /// <summary>Inside the content from <paramref name="from"/> to <paramref name="end"/> of an element hidden by its
    /// visibility, the elements that set <c>visibility:visible</c> again, outermost only: each one's '&lt;' and where
    /// its content ends. Elements that are not rendered are passed over whole, the content of the elements whose
    /// content is text too, and comments.</summary>
    private List<(int Tag, int End)> Shown(int from, int end)
    {
        var shown = new List<(int Tag, int End)>();
        string page = _html;
        _html = page[..end];
        string html = _html;
        int i = from;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
            {
                int close = html.IndexOf("-->", lt + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                i = close + 3;
                continue;
            }

            if (!char.IsAsciiLetter(html[lt + 1]))
            {
                i = lt + 1;
                continue;
            }

            int nameEnd = ReadName(lt + 1);
            string name = html[(lt + 1)..nameEnd];
            if (TextElements.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                i = HiddenContent.TextContentEnd(PageUnits.Of(html), name, nameEnd) + 1;
                continue;
            }

            int after = ReadAttributes(nameEnd, false, out _, out ElementHiding hiding);
            if (HiddenContent.IsVoid(name) || hiding is not (ElementHiding.ShowsAgain or ElementHiding.NotRendered))
            {
                i = after;
                continue;
            }

            int contentEnd = HiddenContent.ContentEnd(html, name, after);
            if (hiding == ElementHiding.ShowsAgain)
            {
                shown.Add((lt, contentEnd));
                i = contentEnd;
            }
            else
            {
                i = contentEnd + 1;
            }
        }

        _html = page;
        return shown;
    }

    private static readonly string[] TextElements = ["script", "style", "title", "textarea", "template", "noscript"];

    /// <summary>An element shown again inside hidden content: read from its start tag at <paramref name="start"/> as a
    /// page that ends where its content does, in the link <paramref name="link"/>; apart from the text on either side.</summary>
    private void ReadShown(int start, int end, int link)
    {
        string page = _html;
        int outerLink = _link;
        _html = page[..end];
        _link = link;
        _shownDepth++;
        ReadFrom(start);
        EmitBreak(end);
        _shownDepth--;
        _html = page;
        _link = outerLink;
    }

    private int ReadName(int start)
    {
        int i = start;
        while (i < _html.Length && (char.IsAsciiLetterOrDigit(_html[i]) || _html[i] is '-' or ':' or '_'))
        {
            i++;
        }

        return i;
    }

    /// <summary>Reads attributes up to and past the tag's '&gt;', in any order and quoting; returns the first
    /// <c>href</c> with character references decoded when <paramref name="wantHref"/>.</summary>
    /// <remarks>Written apart from the scanner's reader (a regular expression per attribute, as the HTML tokenizer's
    /// attribute states read them), so the oracle does not repeat the code it checks.</remarks>
    private int ReadAttributes(int start, bool wantHref, out string? href, out ElementHiding hiding)
    {
        href = null;
        hiding = ElementHiding.None;
        int i = start;
        while (Attribute.Match(_html, i) is { Success: true } match)
        {
            i = match.Index + match.Length;
            if (match.Groups["end"].Success)
            {
                return i;
            }

            string name = match.Groups["name"].Value;
            Group value = match.Groups["value"];
            if (wantHref && href is null && value.Success && name.Equals("href", StringComparison.OrdinalIgnoreCase))
            {
                href = CharacterReferences.Decode(value.Value).Trim();
            }

            ElementHiding attribute = HiddenContent.Hiding(name, value.Success ? value.Value.AsSpan() : default);
            hiding = attribute > hiding ? attribute : hiding;
        }

        // Only spaces and slashes, or nothing, up to the end of the page: the tag never closes.
        return _html.Length;
    }

    private int SkipPast(char c, int from)
    {
        int index = from < _html.Length ? _html.IndexOf(c, from) : -1;
        return index < 0 ? _html.Length : index + 1;
    }

    private void BreakUnlessInline(ReadOnlySpan<char> name, int source)
    {
        foreach (string inline in InlineTags)
        {
            if (name.Equals(inline, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        EmitBreak(source);
    }

    private void EmitRaw(int start, int end, FoundNumberContext context, int markupStart)
    {
        EmitBreak(markupStart);
        FoundNumberContext outer = _context;
        _context = context;
        for (int i = start; i < end; i++)
        {
            Emit(_html[i], i);
        }

        _context = outer;
        EmitBreak(end);
    }

    private void EmitBreak(int source)
    {
        if (_length > 0 && _text[_length - 1] == Break)
        {
            return;
        }

        Emit(Break, source);
        _lastSource = -2;
    }

    private void EmitCodePoint(int codePoint, int source)
    {
        if (codePoint > 0xFFFF)
        {
            string pair = char.ConvertFromUtf32(codePoint);
            Emit(pair[0], source);
            Emit(pair[1], source);
        }
        else
        {
            Emit((char)codePoint, source);
        }

        _lastSource = -2;
    }

    /// <summary>Emits a run of plain source text in one copy.</summary>
    private void EmitText(int start, int end)
    {
        Emit(_html[start], start);
        int count = end - start - 1;
        if (count <= 0)
        {
            return;
        }

        if (_text.Length - _length < count)
        {
            char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(_text.Length * 2, _length + count));
            _text.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_text);
            _text = bigger;
        }

        _html.AsSpan(start + 1, count).CopyTo(_text.AsSpan(_length));
        _length += count;
        _lastSource = end - 1;
    }

    private void Emit(char c, int source)
    {
        Run last = _runs.Count > 0 ? _runs[^1] : default;
        if (_runs.Count == 0 || source != _lastSource + 1 || last.Context != _context || last.Link != _link)
        {
            _runs.Add(new Run(_length, source, _context, _link));
        }

        if (_length == _text.Length)
        {
            char[] bigger = ArrayPool<char>.Shared.Rent(_text.Length * 2);
            _text.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_text);
            _text = bigger;
        }

        _text[_length++] = c;
        _lastSource = source;
    }

    private List<FoundNumber> FindNumbers()
    {
        var found = new List<FoundNumber>();
        var read = new List<(int Source, int EndSource)>();
        ReadOnlySpan<char> text = _text.AsSpan(0, _length);
        int runIndex = 0;
        int position = 0;
        while (position < text.Length)
        {
            int next = text[position..].IndexOfAny(ProvinceCharacters);
            if (next < 0)
            {
                break;
            }

            int start = position + next;
            while (runIndex + 1 < _runs.Count && _runs[runIndex + 1].TextStart <= start)
            {
                runIndex++;
            }

            Run run = _runs[runIndex];

            // A number that starts inside a link ends with the link.
            int limit = text.Length;
            if (run.Link >= 0)
            {
                for (int k = runIndex + 1; k < _runs.Count; k++)
                {
                    if (_runs[k].Link != run.Link)
                    {
                        limit = _runs[k].TextStart;
                        break;
                    }
                }
            }

            NumberFinder.Outcome outcome = TryRead(text[..limit], start, out FilingNumber? number, out int end, out int length);
            position = end;
            if (outcome == NumberFinder.Outcome.None)
            {
                continue;
            }

            int source = run.Source + (start - run.TextStart);
            // The number occupies the page from its first character to its last: comments and hidden content in
            // between are part of it, those after its last character are read on their own.
            read.Add((source, SourceOf(start + length - 1) + 1));
            if (number is not null)
            {
                string? href = run.Link >= 0 ? _hrefs[run.Link] : null;
                found.Add(new FoundNumber(number, source, 0, run.Context, run.Link >= 0, href));
            }
        }

        // Comments and hidden content, searched as written; what lies inside a number read across them is part of it.
        foreach ((int start, int end, FoundNumberContext context, int link) in _apart)
        {
            int i = start;
            while (i < end)
            {
                int next = _html.AsSpan(i, end - i).IndexOfAny(ProvinceCharacters);
                if (next < 0)
                {
                    break;
                }

                i += next;
                int at = i;
                if (i + 1 >= end || read.Exists(r => r.Source <= at && at < r.EndSource))
                {
                    i++;
                    continue;
                }

                ReadOnlySpan<char> window = _html.AsSpan(i, Math.Min(NumberFinder.MaxWindow + 1, end - i));
                NumberFinder.Outcome outcome = TryRead(window, 0, out FilingNumber? number, out _, out int length);
                if (outcome == NumberFinder.Outcome.Number)
                {
                    found.Add(new FoundNumber(number!, i, 0, context, link >= 0, link >= 0 ? _hrefs[link] : null));
                }

                i += outcome == NumberFinder.Outcome.None ? 1 : length;
            }
        }

        found.Sort((x, y) => x.Offset.CompareTo(y.Offset));
        return [.. found.Select(n => n with { Line = 1 + _html.AsSpan(0, n.Offset).Count('\n') })];
    }

    /// <summary>The page offset of the decoded text's character at <paramref name="textIndex"/> (the page's end
    /// past the text).</summary>
    private int SourceOf(int textIndex)
    {
        if (textIndex >= _length)
        {
            return _html.Length;
        }

        int k = _runs.FindLastIndex(r => r.TextStart <= textIndex);
        return _runs[k].Source + (textIndex - _runs[k].TextStart);
    }

    /// <summary>Reads what starts with the province character at <paramref name="start"/> with the production
    /// number finder (this oracle is about reading the markup, not the numbers); <paramref name="end"/> is where
    /// the reading goes on.</summary>
    private static NumberFinder.Outcome TryRead(ReadOnlySpan<char> text, int start, out FilingNumber? number, out int end, out int length)
    {
        NumberFinder.Outcome outcome = NumberFinder.Read(text[start..], out number, out length, out _, out _);
        end = start + Math.Max(length, 1);
        if (outcome != NumberFinder.Outcome.Number)
        {
            number = null;
        }

        return outcome;
    }

    private readonly record struct Run(int TextStart, int Source, FoundNumberContext Context, int Link);
}
