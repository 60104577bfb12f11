using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Text;

namespace IcpCompliance.Tests.Architecture;

/// <summary>
/// Which namespace of an assembly uses which, read from the compiled assembly rather than the source: the types in
/// every member's signature, base types and interfaces, generic constraints, attributes (with their <c>typeof</c>
/// arguments), locals and caught exceptions, and every type, method and field a method body's IL refers to. A nested
/// or compiler-generated type (a lambda's closure, an iterator, a generated JSON or regex helper) counts for its
/// outermost type's namespace. A source search cannot do this here: properties named <c>Calendar</c>, <c>Rules</c>
/// or <c>Numbers</c> read like namespaces, and a <c>using</c> says nothing about what is used.
/// </summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(op => op.Value, op => op.OperandType);

    private readonly Assembly _assembly;
    private readonly string _root;
    private readonly SortedDictionary<string, SortedSet<string>> _edges = new(StringComparer.Ordinal);

    private NamespaceGraph(Assembly assembly, string root)
    {
        _assembly = assembly;
        _root = root;
    }

    /// <summary>Every namespace under the root that holds a type, by its name without the root (<c>Regions</c> for <c>IcpCompliance.Regions</c>).</summary>
    internal SortedSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

    /// <summary>The edges "namespace uses namespace", without self-edges.</summary>
    internal IReadOnlyCollection<(string From, string To)> Edges
        => [.. _edges.SelectMany(e => e.Value.Select(to => (e.Key, to)))];

    /// <summary>Reads an assembly's namespaces under <paramref name="root"/> and the edges between them.</summary>
    /// <param name="assembly">The compiled assembly.</param>
    /// <param name="root">The root namespace, such as <c>IcpCompliance</c>; namespaces outside it are not nodes.</param>
    internal static NamespaceGraph Of(Assembly assembly, string root)
    {
        var graph = new NamespaceGraph(assembly, root);
        foreach (Type type in assembly.GetTypes())
        {
            if (graph.NodeOf(type) is string from)
            {
                graph.Namespaces.Add(from);
                graph.Read(type, from);
            }
        }

        return graph;
    }

    /// <summary>The cycles: each strongly connected set of two or more namespaces, with one cycle through it.</summary>
    internal IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        foreach (SortedSet<string> component in StronglyConnected().Where(c => c.Count > 1))
        {
            cycles.Add(string.Join(" -> ", OneCycle(component)));
        }

        return cycles;
    }

    /// <summary>A Mermaid flowchart of the graph, one line per edge in ordinal order.</summary>
    internal string ToMermaid()
    {
        var text = new StringBuilder("```mermaid\nflowchart TD\n");
        foreach (string node in Namespaces)
        {
            text.Append("    ").Append(Id(node)).Append("[\"").Append(node).Append("\"]\n");
        }

        foreach ((string from, string to) in Edges)
        {
            text.Append("    ").Append(Id(from)).Append(" --> ").Append(Id(to)).Append('\n');
        }

        return text.Append("```\n").ToString();
    }

    private static string Id(string node) => node.Replace(".", string.Empty, StringComparison.Ordinal);

    private string? NodeOf(Type type)
    {
        Type outer = type;
        while (outer.DeclaringType is Type declaring)
        {
            outer = declaring;
        }

        string? ns = outer.Namespace;
        if (ns is null || outer.Assembly != _assembly)
        {
            return null;
        }

        return ns.StartsWith(_root + ".", StringComparison.Ordinal) ? ns[(_root.Length + 1)..] : ns == _root ? "(root)" : null;
    }

    private void Read(Type type, string from)
    {
        Use(from, type.BaseType);
        foreach (Type contract in type.GetInterfaces())
        {
            Use(from, contract);
        }

        if (type.IsGenericTypeDefinition)
        {
            foreach (Type parameter in type.GetGenericArguments())
            {
                Use(from, parameter.GetGenericParameterConstraints());
            }
        }

        UseAttributes(from, type.GetCustomAttributesData());
        foreach (FieldInfo field in type.GetFields(Everything))
        {
            Use(from, field.FieldType);
            UseAttributes(from, field.GetCustomAttributesData());
        }

        foreach (PropertyInfo property in type.GetProperties(Everything))
        {
            Use(from, property.PropertyType);
            UseAttributes(from, property.GetCustomAttributesData());
        }

        foreach (EventInfo @event in type.GetEvents(Everything))
        {
            Use(from, @event.EventHandlerType);
            UseAttributes(from, @event.GetCustomAttributesData());
        }

        foreach (MethodBase method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            ReadMethod(from, type, method);
        }
    }

    private void ReadMethod(string from, Type type, MethodBase method)
    {
        UseAttributes(from, method.GetCustomAttributesData());
        if (method is MethodInfo info)
        {
            Use(from, info.ReturnType);
            UseAttributes(from, info.ReturnParameter.GetCustomAttributesData());
            if (info.IsGenericMethodDefinition)
            {
                foreach (Type parameter in info.GetGenericArguments())
                {
                    Use(from, parameter.GetGenericParameterConstraints());
                }
            }
        }

        foreach (ParameterInfo parameter in method.GetParameters())
        {
            Use(from, parameter.ParameterType);
            UseAttributes(from, parameter.GetCustomAttributesData());
        }

        if (method.GetMethodBody() is not MethodBody body)
        {
            return;
        }

        foreach (LocalVariableInfo local in body.LocalVariables)
        {
            Use(from, local.LocalType);
        }

        foreach (ExceptionHandlingClause clause in body.ExceptionHandlingClauses)
        {
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause)
            {
                Use(from, clause.CatchType);
            }
        }

        Type[]? typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (int token in Tokens(body.GetILAsByteArray() ?? []))
        {
            switch (method.Module.ResolveMember(token, typeArguments, methodArguments))
            {
                case Type used:
                    Use(from, used);
                    break;
                case MethodBase called:
                    Use(from, called.DeclaringType);
                    if (called.IsGenericMethod)
                    {
                        Use(from, called.GetGenericArguments());
                    }

                    break;
                case FieldInfo field:
                    Use(from, field.DeclaringType);
                    break;
            }
        }
    }

    // The metadata tokens of the instructions that name a type, method or field (ECMA-335 III: each opcode's
    // operand size follows from its operand type; a switch has a count and that many targets).
    private static IEnumerable<int> Tokens(byte[] il)
    {
        var tokens = new List<int>();
        int at = 0;
        while (at < il.Length)
        {
            short code = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            OperandType operand = OperandTypes[code];
            switch (operand)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    tokens.Add(BitConverter.ToInt32(il, at));
                    at += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default: // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    at += 4;
                    break;
            }
        }

        return tokens;
    }

    private void UseAttributes(string from, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (CustomAttributeData attribute in attributes)
        {
            Use(from, attribute.AttributeType);
            foreach (CustomAttributeTypedArgument argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
            {
                Use(from, argument.ArgumentType);
                UseValue(from, argument.Value);
            }
        }
    }

    private void UseValue(string from, object? value)
    {
        switch (value)
        {
            case Type type:
                Use(from, type);
                break;
            case IEnumerable<CustomAttributeTypedArgument> values:
                foreach (CustomAttributeTypedArgument item in values)
                {
                    Use(from, item.ArgumentType);
                    UseValue(from, item.Value);
                }

                break;
        }
    }

    private void Use(string from, IEnumerable<Type> types)
    {
        foreach (Type type in types)
        {
            Use(from, type);
        }
    }

    private void Use(string from, Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.HasElementType)
        {
            Use(from, type.GetElementType());
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            Use(from, type.GetGenericArguments());
            type = type.GetGenericTypeDefinition();
        }

        if (NodeOf(type) is string to && to != from)
        {
            if (!_edges.TryGetValue(from, out SortedSet<string>? targets))
            {
                _edges[from] = targets = new SortedSet<string>(StringComparer.Ordinal);
            }

            targets.Add(to);
        }
    }

    private IEnumerable<string> Targets(string node)
        => _edges.TryGetValue(node, out SortedSet<string>? targets) ? targets : [];

    // Tarjan's algorithm; the graph has a few dozen nodes, so recursion depth is no concern.
    private List<SortedSet<string>> StronglyConnected()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<SortedSet<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (string next in Targets(node))
            {
                if (!index.TryGetValue(next, out int visited))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], visited);
                }
            }

            if (low[node] == index[node])
            {
                var component = new SortedSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (string node in Namespaces.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return components;
    }

    // A shortest way from the component's first node back to itself, inside the component (breadth first).
    private List<string> OneCycle(SortedSet<string> component)
    {
        string start = component.Min!;
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            string node = queue.Dequeue();
            foreach (string next in Targets(node).Where(component.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (string at = node; at != start; at = cameFrom[at])
                    {
                        path.Insert(1, at);
                    }

                    path.Add(start);
                    return path;
                }

                if (cameFrom.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        throw new InvalidOperationException("A strongly connected component has no cycle through " + start + ".");
    }
}
