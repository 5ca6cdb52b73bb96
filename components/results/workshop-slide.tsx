import { OVERALL_COLOUR, seriesColour } from "@/lib/charts/palette";
import { TONE_COLOURS } from "@/lib/charts/tone";
import type { ScoreBar, Slide } from "@/lib/export/slides/slide";
import styles from "./workshop.module.css";
import { WorkshopParadoxLine } from "./workshop-paradox-line";

function Bars({ bars, note }: { bars: ScoreBar[]; note: string }) {
  return (
    <figure className={styles.figure}>
      <ul className={styles.bars}>
        {bars.map((bar) => (
          <li key={bar.label}>
            <span className={styles.barLabel}>{bar.label}</span>
            <span className={styles.barTrack}>
              {bar.value !== null ? (
                <span
                  className={styles.barFill}
                  style={{
                    width: `${bar.value}%`,
                    background: bar.colourIndex === null ? OVERALL_COLOUR : seriesColour(bar.colourIndex),
                  }}
                />
              ) : null}
            </span>
            <span className={styles.barValue}>{bar.display}</span>
          </li>
        ))}
      </ul>
      <figcaption className={styles.note}>{note}</figcaption>
    </figure>
  );
}

/** One slide of the workshop, drawn from the slide model that the PowerPoint export draws too. */
export function WorkshopSlide({ slide }: { slide: Slide }) {
  switch (slide.kind) {
    case "title":
      return (
        <>
          <p className={styles.subtitle}>{slide.subtitle}</p>
          <Bars bars={slide.bars} note={slide.scaleNote} />
        </>
      );
    case "advice":
      return (
        <ol className={styles.numbered}>
          {slide.items.map((item, index) => (
            <li key={item.title}>
              <span className={styles.number}>{index + 1}.</span>
              <span>
                <strong className={styles.itemTitle}>{item.title}</strong>
                <span className={styles.itemText}>{item.text}</span>
              </span>
            </li>
          ))}
        </ol>
      );
    case "lens":
      return (
        <>
          <p className={styles.subtitle}>{slide.question}</p>
          <p className={styles.score}>
            {slide.score}
            {slide.consensus ? <span className={styles.consensus}>{slide.consensus}</span> : null}
          </p>
          <div className={slide.contested ? styles.columns : styles.wide}>
            <Bars bars={slide.bars} note={slide.scaleNote} />
            {slide.contested ? (
              <section className={styles.panel} aria-label={slide.contested.heading}>
                <p className={styles.panelHeading}>{slide.contested.heading}</p>
                <p className={styles.statement} data-testid="contested-statement">
                  ‘{slide.contested.statement}’
                </p>
                {slide.contested.reversedNote ? <p className={styles.note}>{slide.contested.reversedNote}</p> : null}
                <ul className={styles.chips}>
                  {slide.contested.figures.map((figure) => (
                    <li key={figure.label} data-testid="worded-figure">
                      <span>{figure.label}</span>
                      <span
                        className={styles.chipValue}
                        data-tone={figure.tone}
                        style={{ background: TONE_COLOURS[figure.tone].fill, color: TONE_COLOURS[figure.tone].text }}
                      >
                        {figure.display}
                      </span>
                    </li>
                  ))}
                </ul>
                <p className={styles.note}>{slide.contested.scaleNote}</p>
              </section>
            ) : null}
          </div>
        </>
      );
    case "paradoxes":
      return (
        <>
          <p className={styles.note}>{slide.lead}</p>
          <ul className={styles.legend}>
            {slide.legend.map((entry) => (
              <li key={entry.label}>
                <span
                  className={styles.legendMark}
                  data-mark={entry.mark}
                  style={
                    entry.mark === "dot"
                      ? { background: entry.colourIndex === null ? OVERALL_COLOUR : seriesColour(entry.colourIndex) }
                      : undefined
                  }
                  aria-hidden="true"
                />
                {entry.label}
              </li>
            ))}
          </ul>
          <ul className={styles.paradoxes}>
            {slide.lines.map((line) => (
              <li key={line.title}>
                <div className={styles.poles}>
                  <span>{line.poleA}</span>
                  {line.flags.length > 0 ? <span className={styles.flags}>{line.flags.join(" · ")}</span> : null}
                  <span>{line.poleB}</span>
                </div>
                <WorkshopParadoxLine line={line} label={`${line.title}: ${line.summary}`} />
                <p className={styles.paradoxSummary}>{line.summary}</p>
              </li>
            ))}
          </ul>
        </>
      );
    case "problems":
      return (
        <>
          <p className={styles.note}>{slide.lead}</p>
          <ul className={styles.problems}>
            {slide.items.map((item) => (
              <li key={item.name}>
                <p className={styles.itemTitle}>
                  {item.name} <span className={styles.strength}>{item.strength}</span>
                </p>
                <ul className={styles.evidence}>
                  {item.evidence.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                {item.firstStep ? <p className={styles.firstStep}>{item.firstStep}</p> : null}
              </li>
            ))}
          </ul>
        </>
      );
    case "background":
      return (
        <div className={styles.columns}>
          {slide.trust.length > 0 ? (
            <section aria-label={slide.trustHeading}>
              <p className={styles.panelHeading}>{slide.trustHeading}</p>
              <dl className={styles.trust}>
                {slide.trust.map((entry) => (
                  <div key={entry.group}>
                    <dt>{entry.group}</dt>
                    <dd>{entry.mode}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}
          {slide.motives.length > 0 ? (
            <section aria-label={slide.motivesHeading}>
              <p className={styles.panelHeading}>{slide.motivesHeading}</p>
              <table className={styles.motives}>
                <thead>
                  <tr>
                    <th scope="col" className="visually-hidden">
                      {slide.motivesHeading}
                    </th>
                    {slide.groups.map((group) => (
                      <th key={group} scope="col">
                        {group}
                      </th>
                    ))}
                    <th scope="col" className={styles.sharedColumn}>
                      {slide.sharedColumn}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {slide.motives.map((motive) => (
                    <tr key={motive.label}>
                      <th scope="row">{motive.label}</th>
                      {motive.values.map((value, index) => (
                        <td key={slide.groups[index]}>{value}</td>
                      ))}
                      <td className={styles.sharedColumn}>{motive.shared ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className={styles.note}>{slide.motivesNote}</p>
            </section>
          ) : null}
        </div>
      );
    case "agenda":
      return (
        <ol className={styles.numbered}>
          {slide.items.map((item, index) => (
            <li key={item}>
              <span className={styles.number}>{slide.start + index}.</span>
              <span className={styles.itemText}>{item}</span>
            </li>
          ))}
        </ol>
      );
  }
}
