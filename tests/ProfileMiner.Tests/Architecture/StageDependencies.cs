using System.Reflection;
using System.Reflection.Emit;

namespace ProfileMiner.Tests.Architecture;

/// <summary>
/// Which stage folders of an assembly use which: read from every type's signatures (base types,
/// interfaces, fields, properties, method parameters and returns) and from the instructions of
/// every method body, so a call made only inside a lambda or an async method counts too.
/// </summary>
internal static class StageDependencies
{
    private static readonly Dictionary<short, OperandType> s_operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>The stage of a namespace: its second part ("Extract" of ProfileMiner.Extract.Models), or null outside the root.</summary>
    public static string? Stage(string? ns, string root)
    {
        if (ns is null || !ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[(root.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>Each stage's uses of the other stages, with one example of each use ("Type -> Type").</summary>
    public static Dictionary<string, Dictionary<string, string>> Read(Assembly assembly, string root, Func<string, string?>? stageOf = null)
    {
        stageOf ??= ns => Stage(ns, root);
        var uses = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = stageOf(Outer(type).Namespace ?? string.Empty);
            if (from is null)
            {
                continue;
            }

            void Use(Type? used)
            {
                if (used is null)
                {
                    return;
                }

                if (used.HasElementType)
                {
                    Use(used.GetElementType());
                    return;
                }

                if (used.IsGenericType && !used.IsGenericTypeDefinition)
                {
                    foreach (var argument in used.GetGenericArguments())
                    {
                        Use(argument);
                    }

                    used = used.GetGenericTypeDefinition();
                }

                if (used.IsGenericParameter || used.Assembly != assembly)
                {
                    return;
                }

                var to = stageOf(Outer(used).Namespace ?? string.Empty);
                if (to is not null && to != from)
                {
                    var targets = uses.TryGetValue(from, out var t) ? t : uses[from] = new Dictionary<string, string>(StringComparer.Ordinal);
                    targets.TryAdd(to, $"{Outer(type).FullName} -> {Outer(used).FullName}");
                }
            }

            Use(type.BaseType);
            foreach (var i in type.GetInterfaces())
            {
                Use(i);
            }

            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var field in type.GetFields(all))
            {
                Use(field.FieldType);
            }

            foreach (var property in type.GetProperties(all))
            {
                Use(property.PropertyType);
            }

            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method is MethodInfo info)
                {
                    Use(info.ReturnType);
                }

                foreach (var parameter in method.GetParameters())
                {
                    Use(parameter.ParameterType);
                }

                foreach (var member in BodyReferences(method))
                {
                    Use(member as Type ?? member.DeclaringType);
                    if (member is MethodInfo called)
                    {
                        Use(called.ReturnType);
                    }
                }
            }
        }

        return uses;
    }

    /// <summary>The stage cycles: each strongly connected set of two or more stages, with the uses that close it.</summary>
    public static List<List<string>> Cycles(Dictionary<string, Dictionary<string, string>> uses)
    {
        // Tarjan's algorithm over the stages.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in uses.TryGetValue(v, out var targets) ? targets.Keys.ToList() : [])
            {
                if (!index.TryGetValue(w, out var seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);

                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }

        foreach (var stage in uses.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(stage))
            {
                Visit(stage);
            }
        }

        return cycles;
    }

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    // The types, methods and fields a method body names, read from its instructions.
    private static IEnumerable<MemberInfo> BodyReferences(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (InvalidOperationException)
        {
            yield break;
        }

        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short code = il[at++];
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il[at++]);
            }

            if (!s_operands.TryGetValue(code, out var operand))
            {
                yield break;
            }

            var size = operand switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
            if (operand is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                MemberInfo? member = null;
                try
                {
                    member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                }

                if (member is not null)
                {
                    yield return member;
                }
            }

            at += size;
        }
    }
}
