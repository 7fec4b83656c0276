import { HotlineList } from '../check/HotlineList.tsx';
import type { HotlineCountry } from '../check/countries.ts';
import type { ChatReportData } from '../engine/protocol.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';
import { buildChatReportModel } from './chat-report-model.ts';
import { formatCount, localDigits } from './local-format.ts';
import { RiskChart } from './RiskChart.tsx';
import { useChatStrings } from './use-chat-strings.ts';

export interface ChatReportProps {
  report: ChatReportData;
  fileName: string;
  redacted: boolean;
  country: HotlineCountry | undefined;
  onCountryChange: (country: HotlineCountry | undefined) => void;
}

/** The chat's report in the page: summary, who is who, risk over time, stages, key messages, what to do, who can help. */
export function ChatReport({ report, fileName, redacted, country, onCountryChange }: ChatReportProps) {
  const { language } = useI18n();
  const chat = useChatStrings();
  const analysis = redacted ? report.redacted.analysis : report.analysis;
  const title = redacted ? report.redacted.title : report.chat.title;
  const model = buildChatReportModel(analysis, chat, language);
  const harmful = model.harms.length > 0;
  const notes: string[] = [];
  if (redacted) notes.push(chat.redactedNote);
  if (report.chat.truncated) notes.push(format(chat.truncated, { max: formatCount(report.chat.messages, language) }));
  if (report.chat.chatsAvailable > 1)
    notes.push(format(chat.chatsAvailable, { count: localDigits(report.chat.chatsAvailable, language) }));
  if (report.chat.warnings > 0)
    notes.push(format(chat.importWarnings, { count: localDigits(report.chat.warnings, language) }));
  const hasNational = report.help.hotlines.some((hotline) => hotline.country === country);
  return (
    <article className="chat-report" data-testid="chat-report" data-redacted={redacted}>
      <header className={`risk risk-${model.risk}`} data-risk={model.risk}>
        <p className="risk-kicker">{chat.risk}</p>
        <h3 className="risk-title">{model.riskLabel}</h3>
        <p className="hint" data-testid="chat-file-summary">
          {format(chat.fileSummary, {
            name: redacted ? '…' : fileName,
            format: report.chat.format,
            messages: formatCount(report.chat.messages, language),
            participants: localDigits(report.chat.participants, language),
          })}
        </p>
        {title === null ? null : (
          <p className="chat-title">
            <bdi>{title}</bdi>
          </p>
        )}
        {notes.map((note) => (
          <p key={note} className="hint">
            {note}
          </p>
        ))}
      </header>

      <section aria-labelledby="chat-summary-title">
        <h3 id="chat-summary-title">{chat.whatIsHappening}</h3>
        <div data-testid="chat-narrative">
          {model.narrative.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
        {harmful ? (
          <ul className="chat-harms" data-testid="chat-harms">
            {model.harms.map((harm) => (
              <li key={harm.type} data-harm={harm.type}>
                {harm.label} <span className="hint">({harm.percent})</span>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="hint">{chat.notProof}</p>
      </section>

      <section aria-labelledby="chat-people-title">
        <h3 id="chat-people-title">{chat.whoIsWho}</h3>
        <table className="chat-people" data-testid="chat-people">
          <thead>
            <tr>
              <th scope="col">{chat.person}</th>
              <th scope="col">{chat.role}</th>
              <th scope="col">{chat.details}</th>
            </tr>
          </thead>
          <tbody>
            {model.people.map((person) => (
              <tr key={person.name} data-role={person.role}>
                <th scope="row">
                  <bdi>{person.name}</bdi>
                </th>
                <td className={`role-${person.role}`}>{person.roleLabel}</td>
                <td>
                  {person.details.map((detail) => (
                    <span key={detail} className="chat-detail">
                      {detail}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="chat-timeline-title">
        <h3 id="chat-timeline-title">{chat.timeline}</h3>
        <RiskChart analysis={analysis} />
        <p className="hint">{chat.chartDescription}</p>
        <h3>{chat.stages}</h3>
        {model.stages.length === 0 ? (
          <p>{chat.noStages}</p>
        ) : (
          <ol className="chat-stages" data-testid="chat-stages">
            {model.stages.map((stage) => (
              <li key={stage.number}>
                <strong>{stage.stageLabel}</strong> <span className="hint">({stage.harmLabel})</span> —{' '}
                {stage.when === '' ? '' : `${stage.when}, `}
                {stage.messageLabel}, <bdi>{stage.author}</bdi>
                {stage.evidence.length === 0 ? null : (
                  <span className="evidence-quotes">
                    {stage.evidence.map((text) => (
                      <q key={text}>
                        <bdi>{text}</bdi>
                      </q>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      {model.keyMessages.length === 0 ? null : (
        <section aria-labelledby="chat-messages-title">
          <h3 id="chat-messages-title">{chat.keyMessages}</h3>
          <p className="hint">{chat.evidenceLegend}</p>
          {model.keyMessages.map((message) => (
            <article key={message.messageNumber} className="chat-message" data-testid="chat-key-message">
              <header>
                <strong>{message.messageLabel}</strong>
                {message.when === '' ? '' : ` · ${message.when}`} · <bdi>{message.author}</bdi>
                {message.labels.length === 0 ? null : <span className="hint"> ({message.labels.join(', ')})</span>}
              </header>
              <p className="chat-message-text" dir="auto">
                {message.segments.map((segment, index) =>
                  segment.kind === 'gap' ? (
                    <span key={index} className="hint">
                      {' '}
                      … ({chat.shortened}) …{' '}
                    </span>
                  ) : segment.kind === 'evidence' ? (
                    <mark key={index}>{segment.text}</mark>
                  ) : (
                    <span key={index}>{segment.text}</span>
                  ),
                )}
              </p>
            </article>
          ))}
        </section>
      )}

      <section aria-labelledby="chat-help-title" data-testid="chat-steps">
        <h3 id="chat-help-title">{chat.whatToDo}</h3>
        <ol className="steps">
          {Object.values(harmful ? chat.safetySteps : chat.noDangerSteps).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {report.help.advice.length === 0 ? null : (
          <>
            <p>{chat.engineAdvice}</p>
            <ul className="steps">
              {report.help.advice.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {harmful ? (
        <>
          <HotlineList hotlines={report.help.hotlines} country={country} onCountryChange={onCountryChange} />
          {country === undefined ? <p className="hint">{chat.chooseCountry}</p> : null}
          {country !== undefined && !hasNational ? <p className="hint">{chat.noHotlinesHere}</p> : null}
        </>
      ) : null}

      <p className="privacy" data-testid="chat-nothing-left">
        {chat.nothingLeft}
      </p>
    </article>
  );
}
