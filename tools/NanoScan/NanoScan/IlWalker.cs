using System;
using System.Reflection.Metadata;

namespace NanoScan
{
    /// <summary>Walks a method body's IL instruction by instruction, handing over each opcode and its metadata token.</summary>
    internal static class IlWalker
    {
        // The "no." prefix (ECMA-335 III.2.2) has no ILOpCode member.
        private const ILOpCode NoPrefix = (ILOpCode)0xFE19;

        /// <summary>Calls <paramref name="visit"/> for every instruction; the token is 0 when the operand is not one.</summary>
        /// <exception cref="BadImageFormatException">The IL is truncated.</exception>
        public static void Walk(BlobReader il, Action<ILOpCode, int> visit)
        {
            while (il.RemainingBytes > 0)
            {
                byte first = il.ReadByte();
                var op = (ILOpCode)(first == 0xFE ? 0xFE00 | il.ReadByte() : first);
                int token = 0;
                if (op == ILOpCode.Switch)
                {
                    int targets = il.ReadInt32();
                    il.Offset += checked(targets * 4);
                }
                else if (HasToken(op))
                {
                    token = il.ReadInt32();
                }
                else
                {
                    il.Offset += OperandSize(op);
                }

                visit(op, token);
            }
        }

        private static bool HasToken(ILOpCode op) => op switch
        {
            ILOpCode.Jmp or ILOpCode.Call or ILOpCode.Calli or ILOpCode.Callvirt or ILOpCode.Newobj
                or ILOpCode.Ldftn or ILOpCode.Ldvirtftn
                or ILOpCode.Cpobj or ILOpCode.Ldobj or ILOpCode.Stobj or ILOpCode.Ldstr
                or ILOpCode.Castclass or ILOpCode.Isinst or ILOpCode.Box or ILOpCode.Unbox or ILOpCode.Unbox_any
                or ILOpCode.Ldfld or ILOpCode.Ldflda or ILOpCode.Stfld
                or ILOpCode.Ldsfld or ILOpCode.Ldsflda or ILOpCode.Stsfld
                or ILOpCode.Newarr or ILOpCode.Ldelema or ILOpCode.Ldelem or ILOpCode.Stelem
                or ILOpCode.Refanyval or ILOpCode.Mkrefany or ILOpCode.Ldtoken
                or ILOpCode.Initobj or ILOpCode.Constrained or ILOpCode.Sizeof => true,
            _ => false,
        };

        private static int OperandSize(ILOpCode op)
        {
            if (op.IsBranch())
            {
                return op.GetBranchOperandSize();
            }

            return op switch
            {
                ILOpCode.Ldarg_s or ILOpCode.Ldarga_s or ILOpCode.Starg_s
                    or ILOpCode.Ldloc_s or ILOpCode.Ldloca_s or ILOpCode.Stloc_s
                    or ILOpCode.Ldc_i4_s or ILOpCode.Unaligned or NoPrefix => 1,
                ILOpCode.Ldarg or ILOpCode.Ldarga or ILOpCode.Starg
                    or ILOpCode.Ldloc or ILOpCode.Ldloca or ILOpCode.Stloc => 2,
                ILOpCode.Ldc_i4 or ILOpCode.Ldc_r4 => 4,
                ILOpCode.Ldc_i8 or ILOpCode.Ldc_r8 => 8,
                _ => 0,
            };
        }
    }
}
