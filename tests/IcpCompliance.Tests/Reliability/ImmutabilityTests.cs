using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using IcpCompliance.Numbers;
using IcpCompliance.Serialization;

namespace IcpCompliance.Tests.Reliability;

/// <summary>
/// Walks every public type of the IcpCompliance assembly (types added later included) and fails on a public
/// settable property (init is fine), a public non-readonly field (static or not), or a public property or field
/// whose type is a mutable collection or another mutable object from outside the package.
/// </summary>
public sealed class ImmutabilityTests
{
    /// <summary>
    /// What may stay, each with its reason. Keys are "Type.Member" (or "Type.*" for a whole type).
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        // JsonSerializerOptions has setters, but IcpJson.Options is made read-only before it is handed out (the
        // setters then throw): checked by Json_options_are_read_only below.
        ["IcpCompliance.Serialization.IcpJson.Options"] = "read-only JsonSerializerOptions",
    };

    private static readonly Assembly Package = typeof(IcpFilingNumber).Assembly;

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void No_public_type_exposes_mutable_state()
    {
        Type[] types = Package.GetExportedTypes();
        Assert.True(types.Length > 100, $"only {types.Length} public types found");
        var problems = types.SelectMany(Problems).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_allow_list_entry_names_a_public_member_that_still_exists()
    {
        foreach (string key in Allowed.Keys)
        {
            int dot = key.LastIndexOf('.');
            Type? type = Package.GetType(key[..dot]);
            Assert.True(type is { IsPublic: true }, key);
            Assert.True(key[(dot + 1)..] == "*" || type!.GetMember(key[(dot + 1)..], Declared).Length > 0, key);
        }
    }

    [Fact]
    public void Json_options_are_read_only()
    {
        Assert.True(IcpJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => IcpJson.Options.WriteIndented = !IcpJson.Options.WriteIndented);
    }

    [Fact]
    public void The_walk_finds_each_kind_of_mutable_state()
    {
        string[] found = [.. Problems(typeof(Mutable))];
        Assert.Contains(found, p => p.Contains(".Settable: a public setter", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Contains(".Field: a public field that is not readonly", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Contains(".StaticField: a public field that is not readonly", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Contains(".Items: exposes", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Contains(".Array: exposes", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Contains(".Collection: exposes", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Contains(".Options: exposes", StringComparison.Ordinal));
        Assert.DoesNotContain(found, p => p.Contains(".Fine", StringComparison.Ordinal));
        Assert.Equal(7, found.Length);
    }

    [Theory]
    [InlineData(typeof(int[]), true)]
    [InlineData(typeof(List<string>), true)]
    [InlineData(typeof(Dictionary<string, int>), true)]
    [InlineData(typeof(HashSet<int>), true)]
    [InlineData(typeof(ICollection<int>), true)]
    [InlineData(typeof(IList<int>), true)]
    [InlineData(typeof(IDictionary<string, int>), true)]
    [InlineData(typeof(ISet<int>), true)]
    [InlineData(typeof(ArrayList), true)]
    [InlineData(typeof(ImmutableArray<int>), false)]
    [InlineData(typeof(ImmutableDictionary<string, int>), false)]
    [InlineData(typeof(System.Collections.Frozen.FrozenSet<int>), false)]
    [InlineData(typeof(ReadOnlyCollection<int>), false)]
    [InlineData(typeof(ReadOnlyDictionary<string, int>), false)]
    [InlineData(typeof(IReadOnlyList<int>), false)]
    [InlineData(typeof(IReadOnlyDictionary<string, int>), false)]
    [InlineData(typeof(IEnumerable<int>), false)]
    [InlineData(typeof(string), false)]
    public void Mutable_collection_types_are_told_apart_from_read_only_ones(Type type, bool mutable)
        => Assert.Equal(mutable, IsMutableCollection(type));

    private static IEnumerable<string> Problems(Type type)
    {
        if (Allowed.ContainsKey(type.FullName + ".*"))
        {
            yield break;
        }

        foreach (PropertyInfo property in type.GetProperties(Declared))
        {
            string name = $"{type.FullName}.{property.Name}";
            if (Allowed.ContainsKey(name))
            {
                continue;
            }

            MethodInfo? setter = property.SetMethod;
            if (setter is { IsPublic: true } && !IsInitOnly(setter))
            {
                yield return $"{name}: a public setter";
            }

            if (property.GetMethod is { IsPublic: true } && ExposesMutable(property.PropertyType) is string what)
            {
                yield return $"{name}: exposes {what}";
            }
        }

        foreach (FieldInfo field in type.GetFields(Declared))
        {
            string name = $"{type.FullName}.{field.Name}";
            if (Allowed.ContainsKey(name) || field.IsLiteral || type.IsEnum)
            {
                continue;
            }

            if (!field.IsInitOnly)
            {
                yield return $"{name}: a public field that is not readonly";
            }

            if (ExposesMutable(field.FieldType) is string what)
            {
                yield return $"{name}: exposes {what}";
            }
        }
    }

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string? ExposesMutable(Type type)
    {
        if (IsMutableCollection(type))
        {
            return "a mutable collection " + type.Name;
        }

        // A class from outside the package with public setters of its own (the package's own types are walked
        // themselves): its holder could be changed through it.
        Type bare = Nullable.GetUnderlyingType(type) ?? type;
        if (bare.Assembly != Package && !bare.IsValueType && bare != typeof(string) && !bare.IsInterface
            && bare.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.SetMethod is { IsPublic: true } s && !IsInitOnly(s)))
        {
            return "a mutable object " + bare.Name;
        }

        return null;
    }

    internal static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        string ns = type.Namespace ?? string.Empty;
        if (ns is "System.Collections.Immutable" or "System.Collections.Frozen"
            || (type.IsGenericType && type.GetGenericTypeDefinition() is Type d && (d == typeof(ReadOnlyCollection<>) || d == typeof(ReadOnlyDictionary<,>) || d == typeof(ReadOnlySet<>))))
        {
            return false;
        }

        IEnumerable<Type> interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        return interfaces.Any(i => i == typeof(IList) || i == typeof(IDictionary)
            || (i.IsGenericType && i.GetGenericTypeDefinition() is Type g
                && (g == typeof(ICollection<>) || g == typeof(IList<>) || g == typeof(IDictionary<,>) || g == typeof(ISet<>))));
    }

#pragma warning disable CA1051, CA1819, CA2211, CA2227, CA1002, S1104 // The walk's own sample of every kind of mutable state.
    public sealed class Mutable
    {
        public static int StaticField;
        public int Field;

        public int Settable { get; set; }

        public int Fine { get; init; }

        public readonly int FineField;

        public List<int> Items { get; } = [];

        public int[] Array { get; } = [];

        public ICollection<int> Collection { get; } = [];

        public System.Text.Json.JsonSerializerOptions Options { get; } = new();
    }
#pragma warning restore CA1051, CA1819, CA2211, CA2227, CA1002, S1104
}
