import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assumptionGroups } from '../models/assumptions';
import { parseState, serialiseState } from '../models/url-state';
import { widgetById, widgets } from '../widgets/registry';
import {
  activities,
  allStateLinks,
  chapterQuestions,
  learningGoals,
  lesson45,
  lesson90,
  lessonPlans,
  type StateLink,
} from './teaching';

const chapterIds = readdirSync(new URL('../../content/chapters/', import.meta.url))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));
const assumptionIds = new Set(assumptionGroups.flatMap((g) => g.assumptions.map((a) => a.id)));

const linkName = (link: StateLink) => `${link.widget}?${link.state}`;

describe('widget links', () => {
  const links = allStateLinks();

  it.each(links.map((link) => [linkName(link), link] as const))(
    '%s names a registered widget and parses without issues',
    (_name, link) => {
      const widget = widgetById(link.widget);
      expect(widget, `no widget ${link.widget}`).toBeDefined();
      const params = new URLSearchParams(link.state);
      // Every parameter belongs to the widget and is a field of its schema.
      for (const key of params.keys()) {
        expect(key.startsWith(`${link.widget}.`), key).toBe(true);
        expect(Object.keys(widget!.schema)).toContain(key.slice(link.widget.length + 1));
      }
      const parsed = parseState(widget!.schema, params, widget!.id);
      expect(parsed.issues).toEqual([]);
      // The link is written as the widget itself writes it (schema order, defaults left out),
      // so it survives the widget rewriting the address.
      const written = new URLSearchParams(serialiseState(widget!.schema, parsed.state, widget!.id));
      expect(written.toString()).toBe(params.toString());
      // A link differs from the default view unless it says it is the default view.
      if (link.defaultView) expect(link.state).toBe('');
      else expect(written.toString()).not.toBe('');
    },
  );

  it('gives every label once per widget', () => {
    const names = links.map((link) => `${link.widget}: ${link.label}`);
    const seen = new Map<string, string>();
    for (const [i, name] of names.entries()) {
      const state = links[i]!.state;
      // The same label may recur (a station reuses an activity's view) only for the same view.
      if (seen.has(name)) expect(seen.get(name)).toBe(state);
      seen.set(name, state);
    }
  });
});

describe('activities', () => {
  it('cover every widget of the registry exactly once', () => {
    expect(activities.map((a) => a.widget).sort()).toEqual(widgets.map((w) => w.id).sort());
  });

  it.each(activities.map((a) => [a.widget, a] as const))(
    '%s has a prediction, one to three links to itself, and an explanation',
    (_id, activity) => {
      expect(activity.predict.length).toBeGreaterThan(40);
      expect(activity.lookFor.length).toBeGreaterThan(40);
      expect(activity.explain.length).toBeGreaterThan(40);
      expect(activity.links.length).toBeGreaterThanOrEqual(1);
      expect(activity.links.length).toBeLessThanOrEqual(3);
      for (const link of activity.links) expect(link.widget).toBe(activity.widget);
      // At least one link sets up a view the reader would not see by default.
      expect(activity.links.some((link) => !link.defaultView)).toBe(true);
    },
  );

  it('send students to assumptions that exist on the Method page', () => {
    const tasks = activities.flatMap((a) => (a.assumption ? [a.assumption] : []));
    expect(tasks.length).toBeGreaterThanOrEqual(1);
    for (const task of tasks) expect(assumptionIds, task.id).toContain(task.id);
    for (const plan of lessonPlans) {
      for (const id of plan.steps.flatMap((s) => s.assumptions ?? [])) {
        expect(assumptionIds, id).toContain(id);
      }
    }
  });
});

describe('lesson plans', () => {
  const sum = (plan: typeof lesson45) => plan.steps.reduce((total, s) => total + s.minutes, 0);

  it('add up to 45 and 90 minutes', () => {
    expect(sum(lesson45)).toBe(45);
    expect(lesson45.minutes).toBe(45);
    expect(sum(lesson90)).toBe(90);
    expect(lesson90.minutes).toBe(90);
  });

  it('name chapters and widgets that exist', () => {
    for (const step of lessonPlans.flatMap((plan) => plan.steps)) {
      if (step.chapter) expect(chapterIds).toContain(step.chapter);
      if (step.widget) expect(widgetById(step.widget)).toBeDefined();
      expect(step.minutes).toBeGreaterThan(0);
    }
  });

  it('give the 90-minute lesson a debate and a small-group modelling task', () => {
    const text = lesson90.steps.map((s) => `${s.title} ${s.students}`).join(' ');
    expect(text).toMatch(/debate/i);
    expect(text).toMatch(/modelling task/i);
  });

  it('give every widget step of the 45-minute lesson an activity and a student sheet', () => {
    for (const step of lesson45.steps) {
      expect(step.sheet?.length, step.title).toBeGreaterThan(0);
      if (step.widget) expect(activities.map((a) => a.widget)).toContain(step.widget);
    }
  });
});

describe('discussion questions and goals', () => {
  it('cover every chapter with three or four questions of mixed kinds', () => {
    expect(chapterQuestions.map((c) => c.chapter).sort()).toEqual([...chapterIds].sort());
    for (const { chapter, questions } of chapterQuestions) {
      expect(questions.length, chapter).toBeGreaterThanOrEqual(3);
      expect(questions.length, chapter).toBeLessThanOrEqual(4);
      expect(new Set(questions.map((q) => q.kind)).size, chapter).toBeGreaterThanOrEqual(2);
    }
    const kinds = new Set(chapterQuestions.flatMap((c) => c.questions.map((q) => q.kind)));
    expect([...kinds].sort()).toEqual(['comprehension', 'critique', 'interpretation']);
  });

  it('state five to seven observable learning goals', () => {
    expect(learningGoals.length).toBeGreaterThanOrEqual(5);
    expect(learningGoals.length).toBeLessThanOrEqual(7);
    for (const goal of learningGoals) {
      expect(goal).toMatch(/^(Explain|Describe|Compare|Read|Use|Distinguish|Evaluate)\b/);
    }
  });
});
