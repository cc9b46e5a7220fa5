/**
 * The part of vitest's `vi` that test/obsidian/FakeApp.ts uses, for the browser harness: the fake
 * clock drives Date only (timers stay real), exactly as FakeClock asks of vitest. Date is replaced
 * by a Proxy over the real one, so `instanceof Date` and every static method keep working.
 */

const RealDate = Date;
let frozen: number | null = null;

const FakeDate = new Proxy<DateConstructor>(RealDate, {
	construct(target, args: unknown[], newTarget: NewableFunction) {
		const actual = args.length === 0 && frozen !== null ? [frozen] : args;
		// Reflect.construct returns the new Date; its declared type is `object`.
		return Reflect.construct(target, actual, newTarget) as Date;
	},
	apply(target) {
		// Date() called as a function gives the current time as text.
		return frozen === null ? target() : new RealDate(frozen).toString();
	},
	get(target, property, receiver) {
		if (property === "now") return () => frozen ?? RealDate.now();
		return Reflect.get(target, property, receiver) as unknown;
	},
});

function toTime(time: number | string | Date | undefined): number {
	if (time === undefined) return RealDate.now();
	return typeof time === "number" ? time : new RealDate(time).getTime();
}

export const vi = {
	useFakeTimers(options: { toFake?: string[]; now?: number | Date } = {}): void {
		if (options.toFake && !options.toFake.every((name) => name === "Date")) {
			throw new Error("The browser harness fakes Date only");
		}
		frozen = toTime(options.now);
		globalThis.Date = FakeDate;
	},
	setSystemTime(time: number | string | Date): void {
		frozen = toTime(time);
	},
	useRealTimers(): void {
		frozen = null;
		globalThis.Date = RealDate;
	},
};
