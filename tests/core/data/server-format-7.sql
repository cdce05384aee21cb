--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: main; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA main;


--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;


--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION unaccent IS 'text search dictionary that removes accents';


--
-- Name: rd_fold(text); Type: FUNCTION; Schema: main; Owner: -
--

CREATE FUNCTION main.rd_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT lower(public.unaccent('public.unaccent', t)) $$;


--
-- Name: rd_history_guard(); Type: FUNCTION; Schema: main; Owner: -
--

CREATE FUNCTION main.rd_history_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NOT EXISTS (SELECT 1 FROM maintenance WHERE key = 'erasing') THEN
        RAISE EXCEPTION 'case history is append-only';
    END IF;
    IF (NEW.seq, NEW.id, NEW.case_id, NEW.customer_id, NEW.at, NEW.actor, NEW.kind, NEW.workstation,
        NEW.data_hash, NEW.prev_hash, NEW.hash) IS DISTINCT FROM
       (OLD.seq, OLD.id, OLD.case_id, OLD.customer_id, OLD.at, OLD.actor, OLD.kind, OLD.workstation,
        OLD.data_hash, OLD.prev_hash, OLD.hash) THEN
        RAISE EXCEPTION 'case history is append-only: only personal data may be erased';
    END IF;
    RETURN NEW;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: callback_note; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.callback_note (
    id text NOT NULL,
    case_id text NOT NULL,
    for_whom text NOT NULL,
    phone text NOT NULL,
    question text NOT NULL,
    window_start bigint NOT NULL,
    window_end bigint NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    result text DEFAULT ''::text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    done_at bigint
);


--
-- Name: case_event; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.case_event (
    seq bigint NOT NULL,
    id text NOT NULL,
    case_id text,
    customer_id text,
    at bigint NOT NULL,
    actor text NOT NULL,
    kind text NOT NULL,
    data text DEFAULT '{}'::text NOT NULL,
    workstation text,
    salt text,
    data_hash text,
    prev_hash text,
    hash text,
    CONSTRAINT case_event_check CHECK (((case_id IS NOT NULL) OR (customer_id IS NOT NULL)))
);


--
-- Name: case_event_seq_seq; Type: SEQUENCE; Schema: main; Owner: -
--

ALTER TABLE main.case_event ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME main.case_event_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: case_record; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.case_record (
    id text NOT NULL,
    customer_id text NOT NULL,
    owner text NOT NULL,
    channel text NOT NULL,
    kind text NOT NULL,
    experience text DEFAULT ''::text NOT NULL,
    expectation text DEFAULT ''::text NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    summary_confirmed bigint DEFAULT 0 NOT NULL,
    explanation text DEFAULT ''::text NOT NULL,
    cause text,
    decision text DEFAULT ''::text NOT NULL,
    emotion_start bigint,
    emotion_end bigint,
    status text DEFAULT 'open'::text NOT NULL,
    outcome text,
    outcome_words text DEFAULT ''::text NOT NULL,
    opened_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    closed_at bigint,
    call_step text,
    decision_kind text,
    resolution text,
    compliment_for text DEFAULT ''::text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    customer_name text DEFAULT ''::text NOT NULL,
    open_promises bigint DEFAULT 0 NOT NULL,
    next_due_at bigint,
    CONSTRAINT case_record_emotion_end_check CHECK (((emotion_end >= 1) AND (emotion_end <= 5))),
    CONSTRAINT case_record_emotion_start_check CHECK (((emotion_start >= 1) AND (emotion_start <= 5)))
);


--
-- Name: case_search; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.case_search (
    case_id text NOT NULL,
    name text NOT NULL,
    phone text NOT NULL,
    email text NOT NULL,
    body text NOT NULL,
    document tsvector NOT NULL
);


--
-- Name: customer; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.customer (
    id text NOT NULL,
    name text NOT NULL,
    phone text DEFAULT ''::text NOT NULL,
    phone_digits text DEFAULT ''::text NOT NULL,
    email text DEFAULT ''::text NOT NULL,
    organisation text DEFAULT ''::text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: improvement_case; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.improvement_case (
    id text NOT NULL,
    item_id text NOT NULL,
    case_id text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: improvement_item; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.improvement_item (
    id text NOT NULL,
    what text NOT NULL,
    cause text,
    owner text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: maintenance; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.maintenance (
    key text NOT NULL,
    value text NOT NULL
);


--
-- Name: promised_action; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.promised_action (
    id text NOT NULL,
    case_id text NOT NULL,
    what text NOT NULL,
    owner text NOT NULL,
    due_at bigint NOT NULL,
    original_due_at bigint NOT NULL,
    kind text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    reason text DEFAULT ''::text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    done_at bigint,
    next_contact bigint DEFAULT 0 NOT NULL
);


--
-- Name: reflection; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.reflection (
    id text NOT NULL,
    employee text NOT NULL,
    month text NOT NULL,
    best_experience text DEFAULT ''::text NOT NULL,
    meeting_delivered text DEFAULT ''::text NOT NULL,
    changed_behaviour text DEFAULT ''::text NOT NULL,
    case_ids text DEFAULT '[]'::text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: setting; Type: TABLE; Schema: main; Owner: -
--

CREATE TABLE main.setting (
    key text NOT NULL,
    value text NOT NULL
);


--
-- Data for Name: callback_note; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.callback_note (id, case_id, for_whom, phone, question, window_start, window_end, status, result, created_at, updated_at, done_at) FROM stdin;
\.


--
-- Data for Name: case_event; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.case_event (seq, id, case_id, customer_id, at, actor, kind, data, workstation, salt, data_hash, prev_hash, hash) FROM stdin;
1	01a22dea-5fc3-768c-848f-ef5b9a3f779f	\N	01a22dea-5fc2-7c59-adb9-e890d33d3d10	1796066664387	me	customer.created	{"email":"","name":"Customer 0","organisation":"","phone":"06 10000000"}	3lIEBZNns2CH	kXxMOLNM	MPo24NzVPIpUn9J0		k-Pj6n3__z-Hj4h1
2	01a22dea-5fc8-7783-9335-db3bc4502fa7	01a22dea-5fc4-79c8-b0d7-9e911bde17fa	01a22dea-5fc2-7c59-adb9-e890d33d3d10	1796066664392	me	case.opened	{"channel":"phone","kind":"complaint","owner":"writer"}	3lIEBZNns2CH	YEfxAbG-	nAHKzCIIFRsZmdFJ		17fUEjIeQnOV4s0y
3	01a22dea-5fca-72b3-90b0-ac362100407d	01a22dea-5fc4-79c8-b0d7-9e911bde17fa	\N	1796066664394	me	field.set	{"field":"experience","value":"story 0"}	3lIEBZNns2CH	hNliUnmT	dg79kpfUJjhOzn7F	17fUEjIeQnOV4s0y	iLq8RSI_D5IIAxET
4	01a22dea-5fcb-7837-9e5e-fcac9547c17b	\N	01a22dea-5fcb-7c38-9a03-6d60ff23d134	1796066664395	me	customer.created	{"email":"","name":"Customer 1","organisation":"","phone":"06 10000001"}	3lIEBZNns2CH	lRdfqy3C	5VqMMWagvYUQVK6u		L337xXhkat5g0Cmn
5	01a22dea-5fcd-72b9-a712-5a098c8e2685	01a22dea-5fcc-76e0-8e8c-09646851450b	01a22dea-5fcb-7c38-9a03-6d60ff23d134	1796066664397	me	case.opened	{"channel":"phone","kind":"complaint","owner":"writer"}	3lIEBZNns2CH	roETl5qt	kdrnkeFD5A_eZCol		hSj9dfH472yDP22p
6	01a22dea-5fce-7886-bf24-dc3d3713f4fc	01a22dea-5fcc-76e0-8e8c-09646851450b	\N	1796066664398	me	field.set	{"field":"experience","value":"story 1"}	3lIEBZNns2CH	AI1R_fHl	mX2Ehj4xehvGBG5m	hSj9dfH472yDP22p	3WG5vdfwwbqcdhgq
7	01a22dea-5fcf-7e63-a50a-aa09bfdf75af	\N	01a22dea-5fcf-79b9-ab72-00c50a08cf9d	1796066664399	me	customer.created	{"email":"","name":"Customer 2","organisation":"","phone":"06 10000002"}	3lIEBZNns2CH	1SGm1KXJ	RrzcpyYPu0JsMhYf		5EBB1exHUPdFZyj8
8	01a22dea-5fd1-7e20-a2df-fd3e591514a1	01a22dea-5fd0-7956-b566-46462fd2dbd3	01a22dea-5fcf-79b9-ab72-00c50a08cf9d	1796066664401	me	case.opened	{"channel":"phone","kind":"complaint","owner":"writer"}	3lIEBZNns2CH	_nNLZGKH	5mOsHmUe1GDfK0bV		Whb3-bz8d7WH3iOI
9	01a22dea-5fd2-71d6-9ed8-14cff1926489	01a22dea-5fd0-7956-b566-46462fd2dbd3	\N	1796066664402	me	field.set	{"field":"experience","value":"story 2"}	3lIEBZNns2CH	jeYYhTZC	41FOuYLQed0PpaZ6	Whb3-bz8d7WH3iOI	aLD3Y67eCMj25xfM
10	01a22dea-5fd3-7bdf-ab5b-979f11c3fe78	\N	01a22dea-5fd3-758b-a649-25a9a18551a4	1796066664403	me	customer.created	{"email":"","name":"Customer 3","organisation":"","phone":"06 10000003"}	3lIEBZNns2CH	4SNW75Tf	GwnQGj4uVW4le-9s		0aF_XTZ7vZJQHjR4
11	01a22dea-5fd4-78cf-bdd7-53ec50de7814	01a22dea-5fd3-7681-98be-590861ab80ee	01a22dea-5fd3-758b-a649-25a9a18551a4	1796066664404	me	case.opened	{"channel":"phone","kind":"complaint","owner":"writer"}	3lIEBZNns2CH	QjOkamQ3	SQpvxD3ZKQtQAb4O		GQwijB6-EhxW9Kyt
12	01a22dea-5fd6-7df8-bbdf-ac49c367da03	01a22dea-5fd3-7681-98be-590861ab80ee	\N	1796066664406	me	field.set	{"field":"experience","value":"story 3"}	3lIEBZNns2CH	NrLn9XdK	hVKVl306CbN7HQ_Q	GQwijB6-EhxW9Kyt	xEyS9ROXnoGJP1Al
13	01a22dea-5fd7-707e-b27b-614076b36626	\N	01a22dea-5fd7-7862-86c9-73e3febbc7d8	1796066664407	me	customer.created	{"email":"","name":"Customer 4","organisation":"","phone":"06 10000004"}	3lIEBZNns2CH	eP1Z8jNT	GIwqIpEtM2CDrKEg		N7TFry5rNOBd19qb
14	01a22dea-5fd8-7ef6-86e1-c4aab0289562	01a22dea-5fd7-7ddb-94e0-ef83b08e0e55	01a22dea-5fd7-7862-86c9-73e3febbc7d8	1796066664408	me	case.opened	{"channel":"phone","kind":"complaint","owner":"writer"}	3lIEBZNns2CH	9vLt7KSJ	06ntyB7zhJs8sAhJ		CA5DopOati0OPcNE
15	01a22dea-5fda-7c21-98e8-bebf8939d7b8	01a22dea-5fd7-7ddb-94e0-ef83b08e0e55	\N	1796066664410	me	field.set	{"field":"experience","value":"story 4"}	3lIEBZNns2CH	fpR2776U	C8pIES_9JcJecfHx	CA5DopOati0OPcNE	vBY3DlKrpZ8IP7pc
\.


--
-- Data for Name: case_record; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.case_record (id, customer_id, owner, channel, kind, experience, expectation, summary, summary_confirmed, explanation, cause, decision, emotion_start, emotion_end, status, outcome, outcome_words, opened_at, updated_at, closed_at, call_step, decision_kind, resolution, compliment_for, note, customer_name, open_promises, next_due_at) FROM stdin;
01a22dea-5fc4-79c8-b0d7-9e911bde17fa	01a22dea-5fc2-7c59-adb9-e890d33d3d10	writer	phone	complaint	story 0			0		\N		\N	\N	open	\N		1796066664388	1796066664393	\N	\N	\N	\N			Customer 0	0	\N
01a22dea-5fcc-76e0-8e8c-09646851450b	01a22dea-5fcb-7c38-9a03-6d60ff23d134	writer	phone	complaint	story 1			0		\N		\N	\N	open	\N		1796066664396	1796066664398	\N	\N	\N	\N			Customer 1	0	\N
01a22dea-5fd0-7956-b566-46462fd2dbd3	01a22dea-5fcf-79b9-ab72-00c50a08cf9d	writer	phone	complaint	story 2			0		\N		\N	\N	open	\N		1796066664400	1796066664401	\N	\N	\N	\N			Customer 2	0	\N
01a22dea-5fd3-7681-98be-590861ab80ee	01a22dea-5fd3-758b-a649-25a9a18551a4	writer	phone	complaint	story 3			0		\N		\N	\N	open	\N		1796066664403	1796066664405	\N	\N	\N	\N			Customer 3	0	\N
01a22dea-5fd7-7ddb-94e0-ef83b08e0e55	01a22dea-5fd7-7862-86c9-73e3febbc7d8	writer	phone	complaint	story 4			0		\N		\N	\N	open	\N		1796066664407	1796066664409	\N	\N	\N	\N			Customer 4	0	\N
\.


--
-- Data for Name: case_search; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.case_search (case_id, name, phone, email, body, document) FROM stdin;
01a22dea-5fc4-79c8-b0d7-9e911bde17fa	Customer 0	0610000000 610000000 10000000 0000000 000000		story 0       	'0':2A,9C '000000':7A '0000000':6A '0610000000':3A '10000000':5A '610000000':4A 'customer':1A 'story':8C
01a22dea-5fcc-76e0-8e8c-09646851450b	Customer 1	0610000001 610000001 10000001 0000001 000001		story 1       	'0000001':6A '000001':7A '0610000001':3A '1':2A,9C '10000001':5A '610000001':4A 'customer':1A 'story':8C
01a22dea-5fd0-7956-b566-46462fd2dbd3	Customer 2	0610000002 610000002 10000002 0000002 000002		story 2       	'0000002':6A '000002':7A '0610000002':3A '10000002':5A '2':2A,9C '610000002':4A 'customer':1A 'story':8C
01a22dea-5fd3-7681-98be-590861ab80ee	Customer 3	0610000003 610000003 10000003 0000003 000003		story 3       	'0000003':6A '000003':7A '0610000003':3A '10000003':5A '3':2A,9C '610000003':4A 'customer':1A 'story':8C
01a22dea-5fd7-7ddb-94e0-ef83b08e0e55	Customer 4	0610000004 610000004 10000004 0000004 000004		story 4       	'0000004':6A '000004':7A '0610000004':3A '10000004':5A '4':2A,9C '610000004':4A 'customer':1A 'story':8C
\.


--
-- Data for Name: customer; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.customer (id, name, phone, phone_digits, email, organisation, created_at, updated_at) FROM stdin;
01a22dea-5fc2-7c59-adb9-e890d33d3d10	Customer 0	06 10000000	0610000000			1796066664386	1796066664386
01a22dea-5fcb-7c38-9a03-6d60ff23d134	Customer 1	06 10000001	0610000001			1796066664395	1796066664395
01a22dea-5fcf-79b9-ab72-00c50a08cf9d	Customer 2	06 10000002	0610000002			1796066664399	1796066664399
01a22dea-5fd3-758b-a649-25a9a18551a4	Customer 3	06 10000003	0610000003			1796066664403	1796066664403
01a22dea-5fd7-7862-86c9-73e3febbc7d8	Customer 4	06 10000004	0610000004			1796066664407	1796066664407
\.


--
-- Data for Name: improvement_case; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.improvement_case (id, item_id, case_id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: improvement_item; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.improvement_item (id, what, cause, owner, status, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: maintenance; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.maintenance (key, value) FROM stdin;
\.


--
-- Data for Name: promised_action; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.promised_action (id, case_id, what, owner, due_at, original_due_at, kind, status, reason, created_at, updated_at, done_at, next_contact) FROM stdin;
\.


--
-- Data for Name: reflection; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.reflection (id, employee, month, best_experience, meeting_delivered, changed_behaviour, case_ids, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: setting; Type: TABLE DATA; Schema: main; Owner: -
--

COPY main.setting (key, value) FROM stdin;
schema_version	7
\.


--
-- Name: case_event_seq_seq; Type: SEQUENCE SET; Schema: main; Owner: -
--

SELECT pg_catalog.setval('main.case_event_seq_seq', 15, true);


--
-- Name: callback_note callback_note_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.callback_note
    ADD CONSTRAINT callback_note_pkey PRIMARY KEY (id);


--
-- Name: case_event case_event_id_key; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.case_event
    ADD CONSTRAINT case_event_id_key UNIQUE (id);


--
-- Name: case_event case_event_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.case_event
    ADD CONSTRAINT case_event_pkey PRIMARY KEY (seq);


--
-- Name: case_record case_record_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.case_record
    ADD CONSTRAINT case_record_pkey PRIMARY KEY (id);


--
-- Name: case_search case_search_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.case_search
    ADD CONSTRAINT case_search_pkey PRIMARY KEY (case_id);


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);


--
-- Name: improvement_case improvement_case_item_id_case_id_key; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.improvement_case
    ADD CONSTRAINT improvement_case_item_id_case_id_key UNIQUE (item_id, case_id);


--
-- Name: improvement_case improvement_case_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.improvement_case
    ADD CONSTRAINT improvement_case_pkey PRIMARY KEY (id);


--
-- Name: improvement_item improvement_item_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.improvement_item
    ADD CONSTRAINT improvement_item_pkey PRIMARY KEY (id);


--
-- Name: maintenance maintenance_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.maintenance
    ADD CONSTRAINT maintenance_pkey PRIMARY KEY (key);


--
-- Name: promised_action promised_action_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.promised_action
    ADD CONSTRAINT promised_action_pkey PRIMARY KEY (id);


--
-- Name: reflection reflection_employee_month_key; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.reflection
    ADD CONSTRAINT reflection_employee_month_key UNIQUE (employee, month);


--
-- Name: reflection reflection_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.reflection
    ADD CONSTRAINT reflection_pkey PRIMARY KEY (id);


--
-- Name: setting setting_pkey; Type: CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.setting
    ADD CONSTRAINT setting_pkey PRIMARY KEY (key);


--
-- Name: callback_case; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX callback_case ON main.callback_note USING btree (case_id);


--
-- Name: callback_queue; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX callback_queue ON main.callback_note USING btree (for_whom, status, window_start);


--
-- Name: case_by_cause; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_by_cause ON main.case_record USING btree (COALESCE(cause, ''::text), id);


--
-- Name: case_by_customer_name; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_by_customer_name ON main.case_record USING btree (lower(customer_name), id);


--
-- Name: case_by_kind; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_by_kind ON main.case_record USING btree (kind, id);


--
-- Name: case_by_next_due; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_by_next_due ON main.case_record USING btree (next_due_at) WHERE (next_due_at IS NOT NULL);


--
-- Name: case_by_open_promises; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_by_open_promises ON main.case_record USING btree (open_promises, id);


--
-- Name: case_by_owner; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_by_owner ON main.case_record USING btree (owner, id);


--
-- Name: case_by_status; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_by_status ON main.case_record USING btree (status, id);


--
-- Name: case_by_updated; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_by_updated ON main.case_record USING btree (updated_at, id);


--
-- Name: case_customer; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_customer ON main.case_record USING btree (customer_id, opened_at);


--
-- Name: case_open_call; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_open_call ON main.case_record USING btree (owner, call_step) WHERE (call_step IS NOT NULL);


--
-- Name: case_opened; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_opened ON main.case_record USING btree (opened_at, id);


--
-- Name: case_search_document; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX case_search_document ON main.case_search USING gin (document) WITH (fastupdate=off);


--
-- Name: customer_email; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX customer_email ON main.customer USING btree (lower(email));


--
-- Name: customer_name; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX customer_name ON main.customer USING btree (lower(name));


--
-- Name: customer_phone; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX customer_phone ON main.customer USING btree (phone_digits);


--
-- Name: event_case; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX event_case ON main.case_event USING btree (case_id);


--
-- Name: event_customer; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX event_customer ON main.case_event USING btree (customer_id, at, seq);


--
-- Name: improvement_by_case; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX improvement_by_case ON main.improvement_case USING btree (case_id);


--
-- Name: promise_case; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX promise_case ON main.promised_action USING btree (case_id);


--
-- Name: promise_queue; Type: INDEX; Schema: main; Owner: -
--

CREATE INDEX promise_queue ON main.promised_action USING btree (owner, status, due_at);


--
-- Name: case_event case_event_guard; Type: TRIGGER; Schema: main; Owner: -
--

CREATE TRIGGER case_event_guard BEFORE DELETE OR UPDATE ON main.case_event FOR EACH ROW EXECUTE FUNCTION main.rd_history_guard();


--
-- Name: callback_note callback_note_case_id_fkey; Type: FK CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.callback_note
    ADD CONSTRAINT callback_note_case_id_fkey FOREIGN KEY (case_id) REFERENCES main.case_record(id);


--
-- Name: case_event case_event_case_id_fkey; Type: FK CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.case_event
    ADD CONSTRAINT case_event_case_id_fkey FOREIGN KEY (case_id) REFERENCES main.case_record(id);


--
-- Name: case_event case_event_customer_id_fkey; Type: FK CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.case_event
    ADD CONSTRAINT case_event_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES main.customer(id);


--
-- Name: case_record case_record_customer_id_fkey; Type: FK CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.case_record
    ADD CONSTRAINT case_record_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES main.customer(id);


--
-- Name: case_search case_search_case_id_fkey; Type: FK CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.case_search
    ADD CONSTRAINT case_search_case_id_fkey FOREIGN KEY (case_id) REFERENCES main.case_record(id);


--
-- Name: improvement_case improvement_case_case_id_fkey; Type: FK CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.improvement_case
    ADD CONSTRAINT improvement_case_case_id_fkey FOREIGN KEY (case_id) REFERENCES main.case_record(id);


--
-- Name: improvement_case improvement_case_item_id_fkey; Type: FK CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.improvement_case
    ADD CONSTRAINT improvement_case_item_id_fkey FOREIGN KEY (item_id) REFERENCES main.improvement_item(id);


--
-- Name: promised_action promised_action_case_id_fkey; Type: FK CONSTRAINT; Schema: main; Owner: -
--

ALTER TABLE ONLY main.promised_action
    ADD CONSTRAINT promised_action_case_id_fkey FOREIGN KEY (case_id) REFERENCES main.case_record(id);


--
-- PostgreSQL database dump complete
--


